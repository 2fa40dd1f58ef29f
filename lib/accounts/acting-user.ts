// The signed-in person's own row, and the password check that guards their sensitive actions.
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Context } from "@/lib/context";
import { Invalid, NotAuthenticated } from "@/lib/errors";
import { verifyPassword } from "./password/passwords";

export async function loadActingUser(ctx: Context): Promise<typeof users.$inferSelect> {
  if (!ctx.actor.user) throw new NotAuthenticated();
  const [user] = await ctx.db.select().from(users).where(eq(users.id, ctx.actor.user.id)).limit(1);
  if (!user) throw new NotAuthenticated();
  return user;
}

/** Throw a 400 on `field` unless `password` is the account's current password. */
export async function requirePassword(
  user: { passwordHash: string | null },
  password: string,
  field: string,
  message: string,
): Promise<void> {
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, password))) {
    throw new Invalid(message, { [field]: [message] });
  }
}
