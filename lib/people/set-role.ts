// Writing a person's new role, shared by assign-candidate-role and assign-staff-role.
import { users } from "@/db/schema";
import type { Context } from "@/lib/context";
import { Conflict } from "@/lib/errors";
import { and, eq } from "drizzle-orm";

/**
 * Write the new role only if the role the rules were checked against is still the stored one, so
 * two concurrent changes cannot combine into one the rules would have refused.
 */
export async function setRole(ctx: Context, userId: string, from: string, to: string) {
  const updated = await ctx.db
    .update(users)
    .set({ role: to, updatedAt: ctx.clock.now() })
    .where(and(eq(users.id, userId), eq(users.role, from)))
    .returning({ id: users.id });
  if (updated.length === 0) {
    throw new Conflict("The role was changed meanwhile; reload and try again.", "role_changed");
  }
}
