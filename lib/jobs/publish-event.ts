// Write a domain event to the outbox, inside the caller's transaction: if the state change
// commits, the event is delivered (at least once); if it rolls back, the event never existed.
import type { Executor } from "@/db/client";
import { eventOutbox } from "@/db/schema";
import { parseEventData, type OutgoingEvent } from "@/lib/events/registry";

const wake = globalThis as unknown as { __jobsWake?: () => void };

export async function publishEvent(
  db: Executor,
  event: OutgoingEvent,
  options: { availableAt?: Date } = {},
): Promise<string> {
  const data = parseEventData(event.name, event.data);
  const [row] = await db
    .insert(eventOutbox)
    .values({
      name: event.name,
      data,
      ...(options.availableAt ? { availableAt: options.availableAt } : {}),
    })
    .returning({ id: eventOutbox.id });
  // Ask the local worker to look soon; it re-checks after commit, and polls anyway.
  wake.__jobsWake?.();
  return row!.id;
}

/** Registered by the running worker so that new events are picked up without waiting a poll. */
export function onEventPublished(listener: (() => void) | undefined): void {
  wake.__jobsWake = listener;
}
