// Forgotten passwords, step 1: email a single-use, one-hour link. Only the token's SHA-256 is
// stored, and the answer is the same whether or not the email is registered.
import { randomBytes } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { passwordResetTokens, users } from "@/db/schema";
import { passwordResetEmail } from "@/lib/accounts/emails";
import type { Context } from "@/lib/context";
import { queueEmail } from "@/lib/email";
import { appUrl } from "@/lib/env";
import { hashToken } from "@/lib/auth/token-hash";

export const resetLinkMinutes = 60;

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
