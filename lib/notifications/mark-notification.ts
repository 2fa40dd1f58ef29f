// PATCH /notifications/{id}/ {read}: mark one of the signed-in person's notifications read or
// unread (someone else's: 404). Marking read again keeps the first time it was read. The realtime
// channel's `mark_as_read` action ends here too.
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { notifications } from "@/db/schema";
import type { Context } from "@/lib/context";
import { notificationShape, ownNotification } from "./notification-rows";
import type { notificationJson } from "./schemas";

export async function markNotification({
  ctx,
  input,
}: {
  ctx: Context;
  input: { id: number; read: boolean };
}): Promise<z.output<typeof notificationJson>> {
  const row = await ownNotification(ctx, input.id);
  if (input.read === (row.readAt !== null)) return notificationShape(row);
  const [updated] = await ctx.db
    .update(notifications)
    .set({ readAt: input.read ? ctx.clock.now() : null })
    .where(and(eq(notifications.id, row.id), eq(notifications.userId, row.userId)))
    .returning();
  return notificationShape(updated!);
}
