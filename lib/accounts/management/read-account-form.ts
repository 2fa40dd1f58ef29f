// The multipart form of PATCH /account-management/ (the spec's form-data), mapped onto the same
// validation as the JSON body. Field errors come back under the form's own field names.
import { Invalid, type FieldErrors } from "@/lib/errors";
import { zodFieldErrors } from "@/lib/http/parse-input";
import { accountChanges, type AccountChanges } from "./schemas";

const textFields = ["first_name", "last_name", "phone_number", "phone", "school", "occupation"];
const fileField = "profile_picture";

export type AccountForm = { changes: AccountChanges; picture?: FormDataEntryValue };

export function readAccountForm(form: FormData): AccountForm {
  const errors: FieldErrors = {};
  const text: Record<string, string> = {};
  for (const name of new Set(form.keys())) {
    const values = form.getAll(name);
    if (name !== fileField && !textFields.includes(name)) {
      errors[name] = ["This field cannot be changed here."];
    } else if (values.length > 1) {
      errors[name] = ["Send this field once."];
    } else if (name !== fileField) {
      if (typeof values[0] === "string") text[name] = values[0];
      else errors[name] = ["Send text, not a file."];
    }
  }
  if (text.phone_number !== undefined && text.phone !== undefined) {
    errors.phone_number = ["Send phone_number or phone, not both."];
  }
  if (Object.keys(errors).length > 0) throw new Invalid("Invalid form fields.", errors);

  const phoneField = text.phone_number !== undefined ? "phone_number" : "phone";
  const user = {
    first_name: text.first_name,
    last_name: text.last_name,
    phone: text[phoneField],
  };
  const profile = { school: text.school, occupation: text.occupation };
  const parsed = accountChanges.safeParse({ user: defined(user), profile: defined(profile) });
  if (!parsed.success) {
    throw new Invalid(
      "Invalid form fields.",
      formFieldErrors(zodFieldErrors(parsed.error), phoneField),
    );
  }
  const picture = form.get(fileField) ?? undefined;
  return { changes: parsed.data, picture };
}

/** Rename domain field paths (user.first_name, profile.school) to the form's names. */
export function formFieldErrors(errors: FieldErrors, phoneField = "phone_number"): FieldErrors {
  const renamed: FieldErrors = {};
  for (const [path, messages] of Object.entries(errors)) {
    const leaf = path.replace(/^(user|profile)\./, "");
    renamed[leaf === "phone" ? phoneField : leaf] = messages;
  }
  return renamed;
}

function defined<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}
