// Notifications about events that concern a person (their verification was reviewed, an exam they
// may take opened, their score was recorded, a board they are on was published): written once per
// person and event — the unique (user, dedupe key) makes a redelivered event add nothing — and the
// fresh ones pushed on each person's channel. pushNotifications is also the broadcasts' push.
import { notifications } from "@/db/schema";
import type { Context } from "@/lib/context";
import { logger } from "@/lib/logger";
import { getRealtime, userRealtimeChannel } from "@/lib/realtime";
import { notificationShape } from "./notification-rows";

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotification = {
  userId: string;
  subject: string;
  message: string;
  dedupeKey: string;
};

/**
 * Inserts what is new (by person and dedupe key) and pushes it (pushNotifications); returns the
 * rows written now. Not inside a transaction: the push must follow the commit.
 */
export async function notifyPeople(
  ctx: Context,
  rows: NewNotification[],
  what: string,
): Promise<NotificationRow[]> {
  if (rows.length === 0) return [];
  const now = ctx.clock.now();
  const fresh = await ctx.db
    .insert(notifications)
    .values(rows.map((row) => ({ ...row, createdAt: now })))
    .onConflictDoNothing()
    .returning();
  await pushNotifications(fresh, what);
  return fresh;
}

/**
 * After commit: each notification as `notification_activity` on its person's channel, ten to a
 * request. Best effort — the bell also reads the list (and polls while realtime is down).
 */
export async function pushNotifications(rows: NotificationRow[], what: string): Promise<void> {
  if (rows.length === 0) return;
  await getRealtime()
    .publishBatch(
      rows.map((row) => ({
        channel: userRealtimeChannel(row.userId),
        event: "notification_activity" as const,
        payload: { type: "notification_activity" as const, message: notificationShape(row) },
      })),
    )
    .catch((error: unknown) =>
      logger.warn(`${what}: realtime push failed`, { count: rows.length, error: String(error) }),
    );
}
