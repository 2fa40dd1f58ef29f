// POST /notifications/read-all/: every unread notification of the signed-in person becomes read,
// and their open tabs hear of it (`notification_read` with ids "all", best effort).
import { and, eq, isNull } from "drizzle-orm";
import type { z } from "zod";
import { notifications } from "@/db/schema";
import type { Context } from "@/lib/context";
import { announceRead } from "./mark-notification";
import { recipientId } from "./notification-rows";
import type { readAllResponse } from "./schemas";

export async function markAllRead({
  ctx,
}: {
  ctx: Context;
}): Promise<z.output<typeof readAllResponse>> {
  const userId = recipientId(ctx);
  const updated = await ctx.db
    .update(notifications)
    .set({ readAt: ctx.clock.now() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  await announceRead(userId, { ids: "all", read: true, unread_count: 0 });
  return { updated: updated.length, unread_count: 0 };
}
