"use server";
// Server action of the account page: the details form (names, phone, school or occupation).
// The picture goes straight to PATCH /api/v1/account-management/ so the browser can show progress.
import { revalidatePath } from "next/cache";
import { updateAccountFromForm } from "@/lib/accounts/management/update-account-from-form";
import { ApiError } from "@/lib/errors";
import { browserSessionContext } from "../page-context";
import { withTextRule } from "@/lib/http/with-text-rule";

export type AccountFormState = {
  done?: string;
  error?: string;
  errors?: Record<string, string[]>;
};

const detailFields = ["first_name", "last_name", "phone_number", "school", "occupation"];

export const updateAccountDetailsAction = withTextRule(async function updateAccountDetailsAction(
  _previous: AccountFormState,
  submitted: FormData,
): Promise<AccountFormState> {
  const { ctx } = await browserSessionContext();
  if (!ctx) return { error: "Your session has ended. Sign in again." };

  // Only the fields this form owns (React may add its own entries to the submitted form).
  const form = new FormData();
  for (const name of detailFields) {
    const value = submitted.get(name);
    if (typeof value === "string") form.set(name, value);
  }
  try {
    const { message } = await updateAccountFromForm({ ctx, input: { form } });
    revalidatePath("/account");
    return { done: message };
  } catch (error) {
    if (error instanceof ApiError && error.status < 500) {
      return { error: error.message, errors: error.errors };
    }
    throw error;
  }
});
