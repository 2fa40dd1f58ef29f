// GET /staff/: the staff-facing list of staff members, filtered, searched and paged in SQL.
import { users } from "@/db/schema";
import type { Context } from "@/lib/context";
import { and, eq, ilike, isNull, or, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { contains, pageOf, staffItem } from "./people-lists";
import type { listStaffQuery } from "./schemas";

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
