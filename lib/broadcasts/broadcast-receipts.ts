// GET /broadcasts/{id}/receipts/ (manager+): for each medium and each role among the people it
// reached, how many it was delivered to and — for the platform medium, whose notifications know
// when they were read — how many have read it. Roles are the recipients' roles now (a person
// promoted since counts under the new role). Email opens are not tracked: their read is null.
import { and, count, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { broadcastDeliveries, broadcasts, notifications, users } from "@/db/schema";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { NotFound } from "@/lib/errors";
import type { broadcastMediums, broadcastReceipts } from "./schemas";

export async function getBroadcastReceipts({
  ctx,
  input,
}: {
  ctx: Context;
  input: { id: number };
}): Promise<z.output<typeof broadcastReceipts>> {
  requirePermission(ctx, "broadcasts:manage");
  const [broadcast] = await ctx.db
    .select({ id: broadcasts.id, status: broadcasts.status })
    .from(broadcasts)
    .where(eq(broadcasts.id, input.id));
  if (!broadcast) throw new NotFound("Broadcast not found.");

  const rows = await ctx.db
    .select({
      medium: broadcastDeliveries.medium,
      roleType: users.userType,
      role: users.role,
      delivered: count(),
      read: count(notifications.readAt),
    })
    .from(broadcastDeliveries)
    .innerJoin(users, eq(users.id, broadcastDeliveries.recipientId))
    .leftJoin(
      notifications,
      and(
        eq(broadcastDeliveries.medium, "platform"),
        eq(notifications.broadcastId, broadcastDeliveries.broadcastId),
        eq(notifications.userId, broadcastDeliveries.recipientId),
      ),
    )
    .where(eq(broadcastDeliveries.broadcastId, broadcast.id))
    .groupBy(broadcastDeliveries.medium, users.userType, users.role)
    .orderBy(broadcastDeliveries.medium, users.userType, sql`${users.role}`);

  const groups = rows.map((row) => {
    const tracked = row.medium === "platform";
    return {
      medium: row.medium as (typeof broadcastMediums)[number],
      role_type: row.roleType,
      role: row.role,
      delivered: row.delivered,
      read: tracked ? row.read : null,
      unread: tracked ? row.delivered - row.read : null,
    };
  });
  const platform = groups.filter((group) => group.medium === "platform");
  const delivered = platform.reduce((sum, group) => sum + group.delivered, 0);
  const read = platform.reduce((sum, group) => sum + (group.read ?? 0), 0);
  return {
    broadcast_id: broadcast.id,
    status: broadcast.status,
    totals: { delivered, read, unread: delivered - read },
    groups,
    as_of: ctx.clock.now().toISOString(),
  };
}
