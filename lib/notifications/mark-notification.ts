// PATCH /notifications/{id}/ {read}: mark one of the signed-in person's notifications read or
// unread (someone else's: 404). Marking read again keeps the first time it was read. The realtime
// channel's `mark_as_read` action (client-action.ts) ends here too, through the user-id form.
// After a mark, `notification_read` goes out on the person's channel so their other tabs catch up
// (best effort: the bell also reads the list).
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { notifications } from "@/db/schema";
import type { Context } from "@/lib/context";
import { NotFound } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { getRealtime, userRealtimeChannel } from "@/lib/realtime";
import { notificationShape, recipientId, unreadCount } from "./notification-rows";
import type { notificationJson } from "./schemas";

export async function markNotification({
  ctx,
  input,
}: {
  ctx: Context;
  input: { id: number; read: boolean };
}): Promise<z.output<typeof notificationJson>> {
  return markUserNotification({ ctx, userId: recipientId(ctx), input });
}

/**
 * The same for a person known otherwise than as ctx's actor: the owner of a realtime channel,
 * vouched for by the realtime server's signed webhook. Not for callers acting on someone else.
 */
export async function markUserNotification({
  ctx,
  userId,
  input,
}: {
  ctx: Context;
  userId: string;
  input: { id: number; read: boolean };
}): Promise<z.output<typeof notificationJson>> {
  const own = and(eq(notifications.id, input.id), eq(notifications.userId, userId));
  const [row] = await ctx.db.select().from(notifications).where(own);
  if (!row) throw new NotFound("Notification not found.");
  const [marked] =
    input.read === (row.readAt !== null)
      ? [row]
      : await ctx.db
          .update(notifications)
          .set({ readAt: input.read ? ctx.clock.now() : null })
          .where(own)
          .returning();
  await announceRead(userId, {
    ids: [row.id],
    read: input.read,
    unread_count: await unreadCount(ctx, userId),
  });
  return notificationShape(marked!);
}

/** Tells the person's open tabs (mark-all-read.ts too); a realtime outage only logs. */
export async function announceRead(
  userId: string,
  change: { ids: number[] | "all"; read: boolean; unread_count: number },
): Promise<void> {
  try {
    await getRealtime().publish(userRealtimeChannel(userId), "notification_read", {
      type: "notification_read",
      ...change,
    });
  } catch (error) {
    logger.warn("notifications: realtime push failed", { userId, error: String(error) });
  }
}
