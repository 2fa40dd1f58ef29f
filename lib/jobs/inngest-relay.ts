// With Inngest configured, the outbox is drained into Inngest: each event is sent with its outbox
// id as the Inngest event id (Inngest drops duplicates), then marked dispatched. A crash between
// the two only means the same id is sent again.
import { and, asc, inArray, isNull, lte } from "drizzle-orm";
import type { Database } from "@/db/client";
import { eventOutbox } from "@/db/schema";
import type { Clock } from "@/lib/context";
import { logger } from "@/lib/logger";

type EventSender = {
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
  const pending = await db
    .select({ id: eventOutbox.id, name: eventOutbox.name, data: eventOutbox.data })
    .from(eventOutbox)
    .where(and(isNull(eventOutbox.dispatchedAt), lte(eventOutbox.availableAt, clock.now())))
    .orderBy(asc(eventOutbox.createdAt))
    .limit(100);
  if (pending.length === 0) return 0;
  try {
    await sender.send(pending);
  } catch (error) {
    logger.warn(`jobs: sending ${pending.length} events to Inngest failed; will retry`, error);
    return 0;
  }
  await db
    .update(eventOutbox)
    .set({ dispatchedAt: clock.now() })
    .where(
      inArray(
        eventOutbox.id,
        pending.map((event) => event.id),
      ),
    );
  return pending.length;
}
