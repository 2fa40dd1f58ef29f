// GET /broadcasts/{id}/unread/ (manager+): the people who were sent the broadcast on the platform
// and have not read it yet, by name, a page at a time — whom to follow up with another way.
import { and, asc, count, eq, isNull } from "drizzle-orm";
import type { z } from "zod";
import { broadcasts, notifications, users } from "@/db/schema";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { NotFound } from "@/lib/errors";
import { pageRequest, type PageOf } from "@/lib/http/pagination";
import type { broadcastsQuery, unreadRecipient } from "./schemas";

export async function listUnreadRecipients({
  ctx,
  input,
  query,
}: {
  ctx: Context;
  input: { id: number };
  query: z.output<typeof broadcastsQuery>;
}): Promise<PageOf<z.output<typeof unreadRecipient>>> {
  requirePermission(ctx, "broadcasts:manage");
  const [broadcast] = await ctx.db
    .select({ id: broadcasts.id })
    .from(broadcasts)
    .where(eq(broadcasts.id, input.id));
  if (!broadcast) throw new NotFound("Broadcast not found.");

  const page = pageRequest(query);
  const unread = and(eq(notifications.broadcastId, broadcast.id), isNull(notifications.readAt));
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({
        id: users.id,
        firstName: users.firstName,
        lastName: users.lastName,
        email: users.email,
        userType: users.userType,
        role: users.role,
        deliveredAt: notifications.createdAt,
      })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(unread)
      .orderBy(asc(users.lastName), asc(users.firstName), asc(users.id))
      .limit(page.pageSize)
      .offset(page.offset),
    ctx.db.select({ n: count() }).from(notifications).where(unread),
  ]);
  return {
    items: rows.map((row) => ({
      id: row.id,
      first_name: row.firstName,
      last_name: row.lastName,
      email: row.email,
      role_type: row.userType,
      role: row.role,
      delivered_at: row.deliveredAt.toISOString(),
    })),
    total: total!.n,
    page,
  };
}
