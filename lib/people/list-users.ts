// GET /user/list/: the user overview. Moderators and admins see candidates only (profile=candidate
// with candidate statistics); managers and superadmins see everyone with full statistics.
//
// stats_overview: the spec calls it "regenerated periodically"; we compute it live on every
// request with one aggregate query (count(*) FILTER (...)), which is cheap at this platform's
// size and never stale. The numbers ignore the list's filters (they summarise the whole
// platform) and, like the list, leave out deleted accounts.
import { and, eq, ilike, isNull, or, sql, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { users } from "@/db/schema";
import { staffRoleAtLeast } from "@/lib/auth/roles";
import type { Context } from "@/lib/context";
import type { PageOf } from "@/lib/http/pagination";
import { Forbidden, NotAuthenticated } from "@/lib/errors";
import { candidateItem, contains, pageOf, staffItem } from "./people-lists";
import type { ListUsersResponse, listUsersQuery } from "./schemas";
import { profileStatus } from "./status";

const countWhere = (condition: SQL | undefined) =>
  sql<number>`count(*) filter (where ${condition})`.mapWith(Number);

/** Whether this staff role sees staff and the generic list (manager and superadmin). */
export function seesAllUsers(role: string): boolean {
  return staffRoleAtLeast(role, "manager");
}

export async function userStats(ctx: Context, full: boolean) {
  const live = isNull(users.deletedAt);
  if (full) {
    const [row] = await ctx.db
      .select({
        total_users: countWhere(sql`true`),
        active_users: countWhere(eq(users.isActive, true)),
        staff_count: countWhere(eq(users.userType, "staff")),
        candidate_count: countWhere(eq(users.userType, "candidate")),
      })
      .from(users)
      .where(live);
    return row!;
  }
  const [row] = await ctx.db
    .select({
      candidate_count: countWhere(sql`true`),
      active_candidates: countWhere(eq(users.isActive, true)),
      verified_candidates: countWhere(eq(users.isUserVerified, true)),
    })
    .from(users)
    .where(and(live, eq(users.userType, "candidate")));
  return row!;
}

const genericItem = (user: typeof users.$inferSelect) => ({
  id: user.id,
  email: user.email,
  first_name: user.firstName,
  last_name: user.lastName,
  is_active: user.isActive,
  // Not in the spec's example; the same derived status as the candidate and staff items carry.
  status: profileStatus(user),
  date_joined: user.dateJoined.toISOString(),
  staff_profile:
    user.userType === "staff" ? { occupation: user.occupation, role: user.role } : null,
  candidate_profile:
    user.userType === "candidate" ? { school: user.school, role: user.role } : null,
});

export async function listUsers({
  ctx,
  query,
}: {
  ctx: Context;
  query: z.output<typeof listUsersQuery>;
}): Promise<
  PageOf<ListUsersResponse["results"][number]> & Pick<ListUsersResponse, "stats_overview">
> {
  const actor = ctx.actor.user;
  if (!actor) throw new NotAuthenticated("Sign in first.");
  const full = seesAllUsers(actor.role);
  if (!full && query.profile !== "candidate") {
    throw new Forbidden(
      "Only managers and superadmins may list staff or all users; use profile=candidate.",
      "permission_denied",
    );
  }
  const conditions: (SQL | undefined)[] = [isNull(users.deletedAt)];
  if (query.profile) conditions.push(eq(users.userType, query.profile));
  if (query.is_active !== undefined) conditions.push(eq(users.isActive, query.is_active));
  if (query.search) {
    const term = contains(query.search);
    conditions.push(
      or(ilike(users.firstName, term), ilike(users.lastName, term), ilike(users.email, term)),
    );
  }
  const [{ rows, count, page }, stats] = await Promise.all([
    pageOf(ctx, and(...conditions), query),
    userStats(ctx, full),
  ]);
  const items: ListUsersResponse["results"] = rows.map((user) =>
    query.profile === "candidate"
      ? candidateItem(user)
      : query.profile === "staff"
        ? staffItem(user)
        : genericItem(user),
  );
  return { stats_overview: stats, items, total: count, page };
}
