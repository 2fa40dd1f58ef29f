// Reading and settling the event outbox: shared by the in-process runner and the Inngest relay.
import { and, asc, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { eventOutbox } from "@/db/schema";
import { retryDelayMs } from "./duration";

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

/**
 * A dispatch of these events failed: count the attempt and keep the reason on each row. With
 * `retryAt` the events wait until then (a fault of the event itself); without, the next pass
 * tries again (an outage of the receiver, which the poll interval already spaces out).
 */
export async function markEventsDispatchFailed(
  db: Executor,
  ids: string[],
  error: unknown,
  options: { retryAt?: Date } = {},
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(eventOutbox)
    .set({
      attempts: sql`${eventOutbox.attempts} + 1`,
      lastError: error instanceof Error ? error.message : String(error),
      ...(options.retryAt ? { availableAt: options.retryAt } : {}),
    })
    .where(inArray(eventOutbox.id, ids));
}

/** One event could not be turned into runs: count it and retry it after a growing delay. */
export async function markEventDispatchFailed(
  db: Executor,
  id: string,
  error: unknown,
  now: Date,
): Promise<void> {
  const [row] = await db
    .select({ attempts: eventOutbox.attempts })
    .from(eventOutbox)
    .where(eq(eventOutbox.id, id));
  const retryAt = new Date(now.getTime() + retryDelayMs((row?.attempts ?? 0) + 1));
  await markEventsDispatchFailed(db, [id], error, { retryAt });
}
