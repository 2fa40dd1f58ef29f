// POST /verify-email-otp/: spend an email-verification code and mark the email verified.
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { welcomeEmail } from "@/lib/accounts/emails";
import type { Context } from "@/lib/context";
import { queueEmail } from "@/lib/email";
import { appUrl } from "@/lib/env";
import { findUserByEmail } from "./find-user-by-email";
import { checkOtp, consumeOtp, invalidOtp } from "./verify-otp";

export async function verifyEmailOtp({
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
    purpose: "email_verification",
    code: input.otp,
    now,
  });
  if (!otpId || !user) throw invalidOtp();
  const verified = await ctx.db.transaction(async (tx) => {
    if (!(await consumeOtp(tx, otpId, now))) return false;
    await tx
      .update(users)
      .set({ isEmailVerified: true, emailVerifiedAt: user.emailVerifiedAt ?? now, updatedAt: now })
      .where(eq(users.id, user.id));
    if (!user.isEmailVerified) await queueEmail(tx, welcomeEmail(user, appUrl));
    return true;
  });
  if (!verified) throw invalidOtp();
  return { message: "Email verified successfully." };
}
