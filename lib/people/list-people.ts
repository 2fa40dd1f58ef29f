// The staff-facing lists of candidates and of staff: filters, search and pagination in SQL.
import { and, asc, count, eq, ilike, isNull, or, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { users } from "@/db/schema";
import type { Context } from "@/lib/context";
import { pageRequest, type paginationQuery } from "@/lib/http/pagination";
import { personUser } from "./profile";
import type { listCandidatesQuery, listStaffQuery } from "./schemas";
import { profileStatus } from "./status";

/** `%term%` with LIKE's own wildcards escaped, so a search for "50%" means exactly that. */
export const contains = (term: string) =>
  `%${term.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

export async function pageOf(
  ctx: Context,
  where: SQL | undefined,
  query: z.output<typeof paginationQuery>,
) {
  const page = pageRequest(query);
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select()
      .from(users)
      .where(where)
      .orderBy(asc(users.lastName), asc(users.firstName), asc(users.id))
      .limit(page.pageSize)
      .offset(page.offset),
    ctx.db.select({ value: count() }).from(users).where(where),
  ]);
  return { rows, count: total?.value ?? 0, page };
}

/** One item of GET /candidates/ (also GET /user/list/?profile=candidate). */
export const candidateItem = (user: typeof users.$inferSelect) => ({
  user: personUser(user),
  school: user.school,
  role: user.role,
  status: profileStatus(user),
  is_user_verified: user.isUserVerified,
});

/** One item of GET /staff/ (also GET /user/list/?profile=staff). */
export const staffItem = (user: typeof users.$inferSelect) => ({
  user: personUser(user),
  occupation: user.occupation,
  role: user.role,
  status: profileStatus(user),
  is_user_verified: user.isUserVerified,
});

export async function listCandidates({
  ctx,
  query,
}: {
  ctx: Context;
  query: z.output<typeof listCandidatesQuery>;
}) {
  const conditions: (SQL | undefined)[] = [
    eq(users.userType, "candidate"),
    isNull(users.deletedAt),
  ];
  if (query.search) {
    const term = contains(query.search);
    conditions.push(
      or(
        ilike(users.firstName, term),
        ilike(users.lastName, term),
        ilike(users.email, term),
        ilike(users.school, term),
      ),
    );
  }
  if (query.role) conditions.push(eq(users.role, query.role));
  if (query.school) conditions.push(ilike(users.school, contains(query.school)));
  if (query.verified !== undefined) conditions.push(eq(users.isUserVerified, query.verified));
  const { rows, count, page } = await pageOf(ctx, and(...conditions), query);
  const items = rows.map(candidateItem);
  return { items, total: count, page };
}

export async function listStaff({
  ctx,
  query,
}: {
  ctx: Context;
  query: z.output<typeof listStaffQuery>;
}) {
  const conditions: (SQL | undefined)[] = [eq(users.userType, "staff"), isNull(users.deletedAt)];
  if (query.search) {
    const term = contains(query.search);
    conditions.push(
      or(ilike(users.firstName, term), ilike(users.lastName, term), ilike(users.email, term)),
    );
  }
  if (query.role) conditions.push(eq(users.role, query.role));
  if (query.occupation) conditions.push(ilike(users.occupation, contains(query.occupation)));
  const { rows, count, page } = await pageOf(ctx, and(...conditions), query);
  const items = rows.map(staffItem);
  return { items, total: count, page };
}
