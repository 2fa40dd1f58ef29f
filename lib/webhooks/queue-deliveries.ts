// Record deliveries and their `webhook/delivery.queued` events in one transaction: a delivery
// exists exactly when its worker will run. A message already recorded for an endpoint (an event
// delivered twice to the fan-out) adds nothing.
import { webhookDeliveries } from "@/db/schema";
import type { Executor } from "@/db/client";
import { publishEvent } from "@/lib/jobs/publish-event";
import type { WebhookEventType } from "./event-types";

export type NewDelivery = {
  endpointId: string;
  messageId: string;
  eventType: WebhookEventType;
  body: string;
  replayOfId?: string;
};

export async function queueDeliveries(
  tx: Executor,
  deliveries: NewDelivery[],
  now: Date,
): Promise<string[]> {
  if (deliveries.length === 0) return [];
  const written = await tx
    .insert(webhookDeliveries)
    .values(deliveries.map((delivery) => ({ ...delivery, createdAt: now, nextAttemptAt: now })))
    .onConflictDoNothing()
    .returning({ id: webhookDeliveries.id, endpointId: webhookDeliveries.endpointId });
  for (const row of written) {
    await publishEvent(
      tx,
      { name: "webhook/delivery.queued", data: { deliveryId: row.id, endpointId: row.endpointId } },
      { availableAt: now },
    );
  }
  return written.map((row) => row.id);
}

/** A `webhook-id`: `msg_` and a unique token (Standard Webhooks' convention). */
export const messageIdFor = (unique: string) => `msg_${unique.replace(/[^A-Za-z0-9]/g, "")}`;
