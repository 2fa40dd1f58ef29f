// POST /register/candidate/ and /register/staff/: create a self-registered account, send the
// email-verification code (and the generated password when asked). The user row, the code and
// the emails are written in one transaction: a failure leaves nothing behind.
import { users } from "@/db/schema";
import { generatedPasswordEmail, emailVerificationOtpEmail } from "@/lib/accounts/emails";
import { normalizeEmail } from "@/lib/accounts/otp/find-user-by-email";
import { issueOtp } from "@/lib/accounts/otp/issue-otp";
import { stampOtpRequest } from "@/lib/accounts/otp/request-cooldown";
import { generatePassword, hashPassword } from "@/lib/accounts/password/passwords";
import type { Context } from "@/lib/context";
import { publishEvent } from "@/lib/jobs/publish-event";
import { Forbidden } from "@/lib/errors";
import { queueEmail } from "@/lib/email";
import { getRegistrationSettings } from "@/lib/registration/registration-settings";
import {
  accountColumns,
  emailTakenErrors,
  passwordFieldErrors,
  rethrowDuplicateEmail,
  throwFieldErrors,
} from "./account-checks";
import type { CandidateRegistrationInput, StaffRegistrationInput } from "./schemas";

export type RegistrationInput =
  | ({ userType: "candidate" } & CandidateRegistrationInput)
  | ({ userType: "staff" } & StaffRegistrationInput);

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
  throwFieldErrors({
    ...(await emailTakenErrors(ctx.db, email)),
    ...(input.generate_password ? {} : passwordFieldErrors(input.password, input.password2, email)),
  });

  const password = input.generate_password ? generatePassword() : input.password!;
  const passwordHash = await hashPassword(password);
  const now = ctx.clock.now();
  try {
    await ctx.db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({
          ...accountColumns(email, input),
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
      await publishEvent(tx, {
        name: "user/account.registered",
        data: { userId: user!.id, userType: input.userType },
      });
    });
  } catch (error) {
    // Two registrations raced for the same email: the unique index decides, the loser gets 400.
    rethrowDuplicateEmail(error);
  }
  return { message: "Registration successful." as const };
}
