// GET /candidates/: the staff-facing list of candidates, filtered, searched and paged in SQL.
import { users } from "@/db/schema";
import type { Context } from "@/lib/context";
import { and, eq, ilike, isNull, or, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { candidateItem, contains, pageOf } from "./people-lists";
import type { listCandidatesQuery } from "./schemas";

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
