// POST /send-email-otp/: (re)send the email-verification code. The answer is the same whether or
// not the email belongs to an account; only an unverified account actually gets a code.
import { maskEmail } from "@/lib/accounts/mask-email";
import { emailVerificationOtpEmail } from "@/lib/accounts/emails";
import type { Context } from "@/lib/context";
import { queueEmail } from "@/lib/email";
import { findUserByEmail, normalizeEmail } from "./find-user-by-email";
import { issueOtp } from "./issue-otp";
import { claimOtpRequest } from "./request-cooldown";
import { otpPolicy } from "./otp-code";

export async function sendEmailOtp({
  ctx,
  input,
}: {
  ctx: Context;
  input: { email: string; resend?: boolean };
}) {
  const email = normalizeEmail(input.email);
  await claimOtpRequest(ctx.db, { email, purpose: "email_verification", now: ctx.clock.now() });
  const user = await findUserByEmail(ctx.db, email);
  if (user && !user.isEmailVerified) {
    const now = ctx.clock.now();
    await ctx.db.transaction(async (tx) => {
      const otp = await issueOtp(tx, { userId: user.id, purpose: "email_verification", now });
      await queueEmail(tx, emailVerificationOtpEmail(user, otp.code, otp.expiresInMinutes));
    });
  }
  return {
    message: "OTP has been sent to your email address",
    email: maskEmail(email),
    expires_in_minutes: otpPolicy.ttlMinutes,
  };
}
