import type { Context } from "@/lib/context";
import { Invalid } from "@/lib/errors";
import { formFieldErrors, readAccountForm } from "./read-account-form";
import { updateAccount } from "./update-account";

/** PATCH with multipart/form-data: the same update, with errors named as the form names them. */
export async function updateAccountFromForm({
  ctx,
  input,
}: {
  ctx: Context;
  input: { userId?: string; form: FormData };
}) {
  const { changes, picture } = readAccountForm(input.form);
  try {
    return await updateAccount({ ctx, input: { userId: input.userId, changes, picture } });
  } catch (error) {
    if (error instanceof Invalid && error.errors) {
      const phoneField = input.form.has("phone") ? "phone" : "phone_number";
      throw new Invalid(error.message, formFieldErrors(error.errors, phoneField), error.code);
    }
    throw error;
  }
}
