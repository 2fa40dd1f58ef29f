// With Inngest configured, the outbox is drained into Inngest: each event is sent with its outbox
// id as the Inngest event id (Inngest drops duplicates), then marked dispatched. A crash between
// the two only means the same id is sent again. A failed send is counted on each event
// (`attempts`, `last_error`) and retried on the next pass.
import type { Database } from "@/db/client";
import type { Clock } from "@/lib/context";
import { logger } from "@/lib/logger";
import {
  markEventsDispatchFailed,
  markEventsDispatched,
  selectPendingEvents,
} from "./event-outbox";

export type EventSender = {
  send: (events: { id: string; name: string; data: unknown }[]) => Promise<unknown>;
};

export async function relayOutboxToInngest({
  db,
  clock,
  sender,
}: {
  db: Database;
  clock: Clock;
  sender: EventSender;
}) {
  const pending = await selectPendingEvents(db, clock.now());
  if (pending.length === 0) return 0;
  try {
    await sender.send(pending);
  } catch (error) {
    logger.warn(`jobs: sending ${pending.length} events to Inngest failed; will retry`, error);
    await markEventsDispatchFailed(
      db,
      pending.map((event) => event.id),
      error,
    );
    return 0;
  }
  await markEventsDispatched(
    db,
    pending.map((event) => event.id),
    clock.now(),
  );
  return pending.length;
}
