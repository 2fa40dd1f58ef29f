// Forgotten passwords: an emailed, single-use, one-hour link. Only the token's SHA-256 is stored.
import { createHash, randomBytes } from "node:crypto";
import { revokeSessions } from "@/lib/auth/sessions";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { passwordResetTokens, sessions, users } from "@/db/schema";
import { passwordChangedEmail, passwordResetEmail } from "@/lib/accounts/emails";
import { hashPassword, passwordProblems } from "@/lib/accounts/passwords";
import type { Context } from "@/lib/context";
import { queueEmail } from "@/lib/email";
import { appUrl } from "@/lib/env";
import { Invalid } from "@/lib/errors";

export const resetLinkMinutes = 60;
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export const forgotPasswordMessage =
  "If an account exists for this email, a password reset link has been sent to it.";

/** Always the same answer, so the endpoint never tells whether an email is registered. */
export async function requestPasswordReset({
  ctx,
  input,
}: {
  ctx: Context;
  input: { email: string };
}) {
  const email = input.email.trim().toLowerCase();
  const [user] = await ctx.db
    .select()
    .from(users)
    .where(
      and(sql`lower(${users.email}) = ${email}`, eq(users.isActive, true), isNull(users.deletedAt)),
    )
    .limit(1);
  if (user) {
    const token = randomBytes(32).toString("base64url");
    const now = ctx.clock.now();
    await ctx.db.transaction(async (tx) => {
      // A new link replaces any earlier one that was not used.
      await tx
        .update(passwordResetTokens)
        .set({ usedAt: now })
        .where(and(eq(passwordResetTokens.userId, user.id), isNull(passwordResetTokens.usedAt)));
      await tx.insert(passwordResetTokens).values({
        userId: user.id,
        tokenHash: hashToken(token),
        createdAt: now,
        expiresAt: new Date(now.getTime() + resetLinkMinutes * 60_000),
      });
      const link = `${appUrl}/reset-password?token=${encodeURIComponent(token)}`;
      await queueEmail(
        tx,
        passwordResetEmail(
          { email: user.email, firstName: user.firstName },
          link,
          resetLinkMinutes,
        ),
      );
    });
  }
  return { message: forgotPasswordMessage };
}

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
