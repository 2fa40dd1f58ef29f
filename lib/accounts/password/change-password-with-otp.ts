// POST /auth/password-change/: with a confirmed code, set the new password, spend the code,
// sign out every session and send a security notice, all in one transaction.
import { eq } from "drizzle-orm";
import { revokeSessions } from "@/lib/auth/sessions/revoke-sessions";
import { sessions, users } from "@/db/schema";
import { passwordChangedEmail } from "@/lib/accounts/emails";
import { findUserByEmail, normalizeEmail } from "@/lib/accounts/otp/find-user-by-email";
import { checkOtp, consumeOtp, invalidOtp } from "@/lib/accounts/otp/verify-otp";
import { hashPassword, passwordProblems } from "@/lib/accounts/password/passwords";
import type { Context } from "@/lib/context";
import { queueEmail } from "@/lib/email";
import { Invalid } from "@/lib/errors";
import type { PasswordChangeInput } from "./schemas";

export async function changePasswordWithOtp({
  ctx,
  input,
}: {
  ctx: Context;
  input: PasswordChangeInput;
}) {
  // The password rules depend only on the input, so checking them first reveals nothing.
  const email = normalizeEmail(input.email);
  if (input.new_password !== input.confirm_password) {
    throw new Invalid(
      "Passwords do not match.",
      { confirm_password: ["Passwords do not match."] },
      "passwords_do_not_match",
    );
  }
  const problems = passwordProblems(input.new_password, email);
  if (problems.length > 0) {
    throw new Invalid(
      "The password does not meet the requirements.",
      { new_password: problems },
      "password_validation_failed",
    );
  }

  const now = ctx.clock.now();
  const user = await findUserByEmail(ctx.db, email);
  const otpId = await checkOtp(ctx.db, {
    userId: user?.id,
    purpose: "password_change",
    code: input.otp,
    now,
    requireConfirmed: true,
  });
  if (!otpId || !user) throw invalidOtp();

  const passwordHash = await hashPassword(input.new_password);
  const changed = await ctx.db.transaction(async (tx) => {
    if (!(await consumeOtp(tx, otpId, now))) return false;
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: now, updatedAt: now })
      .where(eq(users.id, user.id));
    await revokeSessions(tx, eq(sessions.userId, user.id), "password_changed", now);
    await queueEmail(tx, passwordChangedEmail(user, now));
    return true;
  });
  if (!changed) throw invalidOtp();
  return { message: "Password changed successfully. Please log in with your new password." };
}
