// Reading and settling the event outbox: shared by the in-process runner and the Inngest relay.
import { and, asc, inArray, isNull, lte } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { eventOutbox } from "@/db/schema";

/**
 * The oldest events due by `now` that no one has dispatched. With `lock`, the rows are locked for
 * the caller's transaction and rows locked by another worker are skipped.
 */
export async function selectPendingEvents(
  db: Executor,
  now: Date,
  options: { limit?: number; lock?: boolean } = {},
) {
  const query = db
    .select({ id: eventOutbox.id, name: eventOutbox.name, data: eventOutbox.data })
    .from(eventOutbox)
    .where(and(isNull(eventOutbox.dispatchedAt), lte(eventOutbox.availableAt, now)))
    .orderBy(asc(eventOutbox.createdAt))
    .limit(options.limit ?? 100);
  return options.lock ? query.for("update", { skipLocked: true }) : query;
}

export async function markEventsDispatched(db: Executor, ids: string[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await db.update(eventOutbox).set({ dispatchedAt: now }).where(inArray(eventOutbox.id, ids));
}
