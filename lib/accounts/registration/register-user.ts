// POST /register/candidate/ and /register/staff/: create a self-registered account, send the
// email-verification code (and the generated password when asked). The user row, the code and
// the emails are written in one transaction: a failure leaves nothing behind.
import { sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { generatedPasswordEmail, emailVerificationOtpEmail } from "@/lib/accounts/emails";
import { normalizeEmail } from "@/lib/accounts/otp/find-user-by-email";
import { issueOtp } from "@/lib/accounts/otp/issue-otp";
import { stampOtpRequest } from "@/lib/accounts/otp/request-cooldown";
import { generatePassword, hashPassword, passwordProblems } from "@/lib/accounts/passwords";
import type { Context } from "@/lib/context";
import { Forbidden, Invalid, type FieldErrors } from "@/lib/errors";
import { queueEmail } from "@/lib/email";
import { getRegistrationSettings } from "@/lib/registration/registration-settings";
import type { CandidateRegistrationInput, StaffRegistrationInput } from "./schemas";

export type RegistrationInput =
  | ({ userType: "candidate" } & CandidateRegistrationInput)
  | ({ userType: "staff" } & StaffRegistrationInput);

const duplicateEmail = "A user with this email already exists.";

export async function registerUser({ ctx, input }: { ctx: Context; input: RegistrationInput }) {
  if (ctx.actor.user) {
    throw new Forbidden(
      "You are already signed in; sign out before registering a new account.",
      "account_already_authenticated",
    );
  }
  const settings = await getRegistrationSettings(ctx.db);
  const open =
    input.userType === "candidate" ? settings.is_candidate_reg_open : settings.is_staff_reg_open;
  if (!open) {
    throw new Forbidden(
      `${input.userType === "candidate" ? "Candidate" : "Staff"} registration is currently closed.`,
      "registration_closed",
    );
  }

  const email = normalizeEmail(input.email);
  const errors: FieldErrors = {};
  if (await emailTaken(ctx, email)) errors.email = [duplicateEmail];

  let password: string;
  if (input.generate_password) {
    password = generatePassword();
  } else {
    password = input.password ?? "";
    if (!input.password) errors.password = ["This field is required."];
    else {
      const problems = passwordProblems(input.password, email);
      if (problems.length > 0) errors.password = problems;
    }
    if (!input.password2) errors.password2 = ["This field is required."];
    else if (input.password && input.password2 !== input.password) {
      errors.password2 = ["Passwords do not match."];
    }
  }
  throwIfAny(errors);

  const passwordHash = await hashPassword(password);
  const now = ctx.clock.now();
  try {
    await ctx.db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({
          email,
          firstName: input.first_name,
          lastName: input.last_name,
          phone: input.phone,
          userType: input.userType,
          role: input.userType === "candidate" ? "screening" : "volunteer",
          school: input.userType === "candidate" ? input.school : null,
          occupation: input.userType === "staff" ? input.occupation : null,
          passwordHash,
          registrationSource: "self",
          dateJoined: now,
          updatedAt: now,
        })
        .returning();
      const otp = await issueOtp(tx, { userId: user!.id, purpose: "email_verification", now });
      await stampOtpRequest(tx, { email, purpose: "email_verification", now });
      await queueEmail(tx, emailVerificationOtpEmail(user!, otp.code, otp.expiresInMinutes));
      if (input.generate_password) await queueEmail(tx, generatedPasswordEmail(user!, password));
    });
  } catch (error) {
    // Two registrations raced for the same email: the unique index decides, the loser gets 400.
    if (isUniqueViolation(error))
      throw new Invalid("Invalid request body.", { email: [duplicateEmail] });
    throw error;
  }
  return { message: "Registration successful." as const };
}

async function emailTaken(ctx: Context, email: string): Promise<boolean> {
  const rows = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`)
    .limit(1);
  return rows.length > 0;
}

function throwIfAny(errors: FieldErrors): void {
  const fields = Object.keys(errors);
  if (fields.length === 0) return;
  const only = fields.length === 1 ? fields[0] : null;
  if (only === "password")
    throw new Invalid(
      "The password does not meet the requirements.",
      errors,
      "password_validation_failed",
    );
  if (only === "password2" && errors.password2![0] === "Passwords do not match.") {
    throw new Invalid("Passwords do not match.", errors, "passwords_do_not_match");
  }
  throw new Invalid("Invalid request body.", errors);
}

function isUniqueViolation(error: unknown): boolean {
  for (
    let current = error;
    current && typeof current === "object";
    current = (current as { cause?: unknown }).cause
  ) {
    if ((current as { code?: unknown }).code === "23505") return true;
  }
  return false;
}
