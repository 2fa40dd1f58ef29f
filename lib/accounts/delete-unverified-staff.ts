import { and, eq, lt } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Context } from "@/lib/context";

/** The spec's rule: a self-registered staff member must verify their email within 15 minutes. */
export const unverifiedStaffGraceMs = 15 * 60_000;

/**
 * Delete self-registered staff accounts whose email is still unverified 15 minutes after they
 * registered. Never invited or admin-created accounts, never candidates.
 */
export async function deleteUnverifiedStaff({
  ctx,
}: {
  ctx: Context;
}): Promise<{ deleted: string[] }> {
  const cutoff = new Date(ctx.clock.now().getTime() - unverifiedStaffGraceMs);
  const deleted = await ctx.db
    .delete(users)
    .where(
      and(
        eq(users.userType, "staff"),
        eq(users.registrationSource, "self"),
        eq(users.isEmailVerified, false),
        lt(users.dateJoined, cutoff),
      ),
    )
    .returning({ id: users.id });
  return { deleted: deleted.map((row) => row.id) };
}
