// A signed-in person changes their password; every other session is ended, this one stays.
import { and, eq, isNull, ne } from "drizzle-orm";
import { sessions, users } from "@/db/schema";
import { passwordChangedEmail } from "@/lib/accounts/emails";
import { hashPassword, passwordProblems, verifyPassword } from "@/lib/accounts/passwords";
import type { Context } from "@/lib/context";
import { queueEmail } from "@/lib/email";
import { Invalid, NotAuthenticated } from "@/lib/errors";

export async function changeOwnPassword({
  ctx,
  input,
}: {
  ctx: Context;
  input: { current_password: string; new_password: string };
}) {
  const actor = ctx.actor.user;
  if (!actor) throw new NotAuthenticated();
  const [user] = await ctx.db.select().from(users).where(eq(users.id, actor.id)).limit(1);
  if (!user) throw new NotAuthenticated();
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.current_password))) {
    throw new Invalid("The current password is incorrect.", {
      current_password: ["The current password is incorrect."],
    });
  }
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
    const others = actor.sessionId ? ne(sessions.id, actor.sessionId) : undefined;
    await tx
      .update(sessions)
      .set({ revokedAt: now, revokedReason: "password_changed" })
      .where(and(eq(sessions.userId, user.id), isNull(sessions.revokedAt), others));
    await queueEmail(
      tx,
      passwordChangedEmail({ email: user.email, firstName: user.firstName }, now, {
        keptCurrentSession: true,
      }),
    );
  });
  return { message: "Password changed. Your other sessions have been signed out." };
}
