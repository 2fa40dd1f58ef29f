// The checks every way of creating an account shares (self-registration, staff invitation): the
// address is free, a chosen password meets the rules and is confirmed, and the same error codes
// for the same problems so clients handle both alike.
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { users } from "@/db/schema";
import { passwordProblems } from "@/lib/accounts/password/passwords";
import { Invalid, type FieldErrors } from "@/lib/errors";

export const duplicateEmailMessage = "A user with this email already exists.";
const passwordsDoNotMatch = "Passwords do not match.";

/** The user columns filled from the shared form fields (accountFields in ./schemas). */
export const accountColumns = (
  email: string,
  input: { first_name: string; last_name: string; phone: string | null },
) => ({ email, firstName: input.first_name, lastName: input.last_name, phone: input.phone });

/** `{ email: [...] }` when an account already has this (normalized) address, else nothing. */
export async function emailTakenErrors(db: Executor, email: string): Promise<FieldErrors> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`)
    .limit(1);
  return rows.length > 0 ? { email: [duplicateEmailMessage] } : {};
}

/** The problems with a chosen password and its confirmation, by field. */
export function passwordFieldErrors(
  password: string | undefined,
  password2: string | undefined,
  email: string,
): FieldErrors {
  const errors: FieldErrors = {};
  if (!password) errors.password = ["This field is required."];
  else {
    const problems = passwordProblems(password, email);
    if (problems.length > 0) errors.password = problems;
  }
  if (!password2) errors.password2 = ["This field is required."];
  else if (password && password2 !== password) errors.password2 = [passwordsDoNotMatch];
  return errors;
}

/** Throws the field errors, if any, with registration's codes for a lone password problem. */
export function throwFieldErrors(errors: FieldErrors): void {
  const fields = Object.keys(errors);
  if (fields.length === 0) return;
  const only = fields.length === 1 ? fields[0] : null;
  if (only === "password")
    throw new Invalid(
      "The password does not meet the requirements.",
      errors,
      "password_validation_failed",
    );
  if (only === "password2" && errors.password2![0] === passwordsDoNotMatch) {
    throw new Invalid(passwordsDoNotMatch, errors, "passwords_do_not_match");
  }
  throw new Invalid("Invalid request body.", errors);
}

/**
 * For the insert's catch: two creations raced for the address and the unique index decided, so
 * the loser gets the same 400 as a taken address; anything else is thrown again.
 */
export function rethrowDuplicateEmail(error: unknown): never {
  for (
    let current = error;
    current && typeof current === "object";
    current = (current as { cause?: unknown }).cause
  ) {
    if ((current as { code?: unknown }).code === "23505")
      throw new Invalid("Invalid request body.", { email: [duplicateEmailMessage] });
  }
  throw error;
}
