// GET /notifications/: the signed-in person's notifications, newest first, a page at a time, with
// how many are unread (whatever the page or the `read` filter).
import { and, count, desc, eq, isNotNull, isNull } from "drizzle-orm";
import type { z } from "zod";
import { notifications } from "@/db/schema";
import type { Context } from "@/lib/context";
import { pageRequest, type PageOf } from "@/lib/http/pagination";
import { notificationShape, recipientId, unreadCount } from "./notification-rows";
import type { notificationJson, notificationsQuery } from "./schemas";

export async function listNotifications({
  ctx,
  query,
}: {
  ctx: Context;
  query: z.output<typeof notificationsQuery>;
}): Promise<PageOf<z.output<typeof notificationJson>> & { unread_count: number }> {
  const userId = recipientId(ctx);
  const page = pageRequest(query);
  const where = and(
    eq(notifications.userId, userId),
    query.read === undefined
      ? undefined
      : query.read === "true"
        ? isNotNull(notifications.readAt)
        : isNull(notifications.readAt),
  );
  const [rows, [total], unread] = await Promise.all([
    ctx.db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.id))
      .limit(page.pageSize)
      .offset(page.offset),
    ctx.db.select({ n: count() }).from(notifications).where(where),
    unreadCount(ctx, userId),
  ]);
  return { items: rows.map(notificationShape), total: total!.n, page, unread_count: unread };
}
