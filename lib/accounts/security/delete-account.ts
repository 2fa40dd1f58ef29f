// Deleting an account anonymises the person and keeps the row, so exam records, scores and
// leaderboards stay consistent; the person can no longer sign in and their sessions end.
import { eq } from "drizzle-orm";
import { revokeSessions } from "@/lib/auth/sessions/revoke-sessions";
import { emailOtps, passwordResetTokens, sessions, users } from "@/db/schema";
import { accountDeletedEmail } from "@/lib/accounts/emails";
import { loadActingUser, requirePassword } from "@/lib/accounts/acting-user";
import type { Context } from "@/lib/context";
import { queueEmail } from "@/lib/email";
import { Invalid } from "@/lib/errors";

export async function deleteOwnAccount({
  ctx,
  input,
}: {
  ctx: Context;
  input: { password: string; confirm: boolean };
}) {
  const user = await loadActingUser(ctx);
  if (!input.confirm)
    throw new Invalid("Confirm the deletion.", {
      confirm: ["Set confirm to true to delete your account."],
    });
  await requirePassword(user, input.password, "password", "The password is incorrect.");
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    // The notice goes to the address before it is erased.
    await queueEmail(tx, accountDeletedEmail({ email: user.email, firstName: user.firstName }));
    await tx
      .update(users)
      .set({
        email: `deleted-${user.id}@deleted.invalid`,
        firstName: "Deleted",
        lastName: "User",
        phone: null,
        school: null,
        occupation: null,
        passwordHash: null,
        isActive: false,
        deletedAt: now,
        updatedAt: now,
      })
      .where(eq(users.id, user.id));
    await revokeSessions(tx, eq(sessions.userId, user.id), "account_deleted", now);
    await tx.delete(emailOtps).where(eq(emailOtps.userId, user.id));
    await tx.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, user.id));
  });
  return { status: "ok" as const };
}
