// POST /auth/password-change/confirm-otp/: check the code and mark it confirmed; the change
// itself (POST /auth/password-change/) then spends it.
import { findUserByEmail } from "@/lib/accounts/otp/find-user-by-email";
import { checkOtp, confirmOtp, invalidOtp } from "@/lib/accounts/otp/verify-otp";
import type { Context } from "@/lib/context";

export async function confirmPasswordChangeOtp({
  ctx,
  input,
}: {
  ctx: Context;
  input: { email: string; otp: string };
}) {
  const now = ctx.clock.now();
  const user = await findUserByEmail(ctx.db, input.email);
  const otpId = await checkOtp(ctx.db, {
    userId: user?.id,
    purpose: "password_change",
    code: input.otp,
    now,
  });
  if (!otpId) throw invalidOtp();
  await confirmOtp(ctx.db, otpId, now);
  return {
    message: "OTP verified. User confirmed for password change. Proceed to change password.",
  };
}
