// POST /auth/password-change/request/ and /resend-otp/: email a password-change code. The answer
// is the same whether or not the email belongs to an account.
import { maskEmail } from "@/lib/accounts/mask-email";
import { passwordChangeOtpEmail } from "@/lib/accounts/emails";
import { findUserByEmail, normalizeEmail } from "@/lib/accounts/otp/find-user-by-email";
import { issueOtp } from "@/lib/accounts/otp/issue-otp";
import { otpPolicy } from "@/lib/accounts/otp/otp-code";
import { claimOtpRequest } from "@/lib/accounts/otp/request-cooldown";
import type { Context } from "@/lib/context";
import { queueEmail } from "@/lib/email";

const messages = {
  request: "Password change verification code sent to your email",
  resend: "Password change verification code has been resent",
} as const;

export async function requestPasswordChangeOtp({
  ctx,
  input,
  mode,
}: {
  ctx: Context;
  input: { email: string };
  mode: keyof typeof messages;
}) {
  const email = normalizeEmail(input.email);
  await claimOtpRequest(ctx.db, { email, purpose: "password_change", now: ctx.clock.now() });
  const user = await findUserByEmail(ctx.db, email);
  if (user) {
    const now = ctx.clock.now();
    await ctx.db.transaction(async (tx) => {
      const otp = await issueOtp(tx, { userId: user.id, purpose: "password_change", now });
      await queueEmail(tx, passwordChangeOtpEmail(user, otp.code, otp.expiresInMinutes));
    });
  }
  return {
    message: messages[mode],
    email: maskEmail(email),
    expires_in_minutes: otpPolicy.ttlMinutes,
  };
}
