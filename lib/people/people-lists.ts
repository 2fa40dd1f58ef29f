// What the staff-facing lists of people share (list-candidates, list-staff, list-users): search,
// one page in SQL, and each list's item shape.
import { users } from "@/db/schema";
import type { Context } from "@/lib/context";
import { pageRequest, type paginationQuery } from "@/lib/http/pagination";
import { asc, count, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { personUser } from "./profile";
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
