// What every notification operation shares: one of the signed-in person's own notifications (an id
// that is someone else's is a 404, like one that does not exist), the JSON shape, and their count
// of unread ones.
import { and, count, eq, isNull } from "drizzle-orm";
import type { z } from "zod";
import { notifications } from "@/db/schema";
import type { Context } from "@/lib/context";
import { NotAuthenticated, NotFound } from "@/lib/errors";
import type { notificationJson } from "./schemas";

export type NotificationRow = typeof notifications.$inferSelect;

/** The signed-in person's id (routes require a user; this guards direct callers). */
export function recipientId(ctx: Context): string {
  const user = ctx.actor.user;
  if (!user) throw new NotAuthenticated("Sign in first.");
  return user.id;
}

export async function ownNotification(ctx: Context, id: number): Promise<NotificationRow> {
  const [row] = await ctx.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, recipientId(ctx))));
  if (!row) throw new NotFound("Notification not found.");
  return row;
}

export function notificationShape(row: NotificationRow): z.output<typeof notificationJson> {
  return {
    id: row.id,
    subject: row.subject,
    message: row.message,
    read: row.readAt !== null,
    created_at: row.createdAt.toISOString(),
  };
}

export async function unreadCount(ctx: Context, userId: string): Promise<number> {
  const [row] = await ctx.db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row!.n;
}
