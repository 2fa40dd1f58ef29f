// Forgotten passwords, step 2: spend the emailed link on a new password.
import { revokeSessions } from "@/lib/auth/sessions/revoke-sessions";
import { and, eq, gt, isNull } from "drizzle-orm";
import { passwordResetTokens, sessions, users } from "@/db/schema";
import { passwordChangedEmail } from "@/lib/accounts/emails";
import { hashPassword, passwordProblems } from "@/lib/accounts/password/passwords";
import type { Context } from "@/lib/context";
import { queueEmail } from "@/lib/email";
import { Invalid } from "@/lib/errors";
import { hashToken } from "@/lib/auth/token-hash";

/** Spend a reset link on a new password; every session of the account is ended. */
export async function resetPassword({
  ctx,
  input,
}: {
  ctx: Context;
  input: { token: string; new_password: string };
}) {
  const now = ctx.clock.now();
  const [row] = await ctx.db
    .select({ token: passwordResetTokens, user: users })
    .from(passwordResetTokens)
    .innerJoin(users, eq(users.id, passwordResetTokens.userId))
    .where(
      and(
        eq(passwordResetTokens.tokenHash, hashToken(input.token)),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, now),
      ),
    )
    .limit(1);
  if (!row || !row.user.isActive || row.user.deletedAt) {
    throw new Invalid("The reset link is invalid or has expired.", undefined, "invalid_token");
  }
  const problems = passwordProblems(input.new_password, row.user.email);
  if (problems.length > 0) {
    throw new Invalid(
      "The new password does not meet the rules.",
      { new_password: problems },
      "password_validation_failed",
    );
  }
  const passwordHash = await hashPassword(input.new_password);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(eq(passwordResetTokens.id, row.token.id));
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: now, updatedAt: now })
      .where(eq(users.id, row.user.id));
    await revokeSessions(tx, eq(sessions.userId, row.user.id), "password_reset", now);
    await queueEmail(
      tx,
      passwordChangedEmail({ email: row.user.email, firstName: row.user.firstName }, now),
    );
  });
  return { message: "Your password has been reset. Sign in with your new password." };
}
