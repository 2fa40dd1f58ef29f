// A signed-in person changes their password; every other session is ended, this one stays.
import { and, eq, ne } from "drizzle-orm";
import { revokeSessions } from "@/lib/auth/sessions/revoke-sessions";
import { sessions, users } from "@/db/schema";
import { passwordChangedEmail } from "@/lib/accounts/emails";
import { loadActingUser, requirePassword } from "@/lib/accounts/acting-user";
import { hashPassword, passwordProblems } from "@/lib/accounts/password/passwords";
import type { Context } from "@/lib/context";
import { queueEmail } from "@/lib/email";
import { Invalid } from "@/lib/errors";

export async function changeOwnPassword({
  ctx,
  input,
}: {
  ctx: Context;
  input: { current_password: string; new_password: string };
}) {
  const user = await loadActingUser(ctx);
  const sessionId = ctx.actor.user?.sessionId ?? null;
  await requirePassword(
    user,
    input.current_password,
    "current_password",
    "The current password is incorrect.",
  );
  const problems = passwordProblems(input.new_password, user.email);
  if (input.new_password === input.current_password)
    problems.push("The new password must differ from the current one.");
  if (problems.length > 0) {
    throw new Invalid(
      "The new password does not meet the rules.",
      { new_password: problems },
      "password_validation_failed",
    );
  }
  const now = ctx.clock.now();
  const passwordHash = await hashPassword(input.new_password);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: now, updatedAt: now })
      .where(eq(users.id, user.id));
    const others = sessionId ? ne(sessions.id, sessionId) : undefined;
    await revokeSessions(tx, and(eq(sessions.userId, user.id), others), "password_changed", now);
    await queueEmail(
      tx,
      passwordChangedEmail({ email: user.email, firstName: user.firstName }, now, {
        keptCurrentSession: true,
      }),
    );
  });
  return { message: "Password changed. Your other sessions have been signed out." };
}
