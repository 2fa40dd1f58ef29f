// POST /webhooks/{id}/test/ (manager+): a `webhook.test` delivery, queued like any other (signed,
// retried, logged), whether or not the endpoint subscribes to anything. Refused while it is off.
import { randomUUID } from "node:crypto";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { Conflict } from "@/lib/errors";
import { envelopeBody } from "./event-types";
import { messageIdFor, queueDeliveries } from "./queue-deliveries";
import { loadEndpoint } from "./webhook-shape";

export async function sendTestEvent({ ctx, input }: { ctx: Context; input: { id: string } }) {
  requirePermission(ctx, "webhooks:manage");
  const endpoint = await loadEndpoint(ctx, input.id);
  if (!endpoint.isActive) {
    throw new Conflict(
      "This webhook is turned off: turn it on to send a test.",
      "webhook_disabled",
    );
  }
  const now = ctx.clock.now();
  const messageId = messageIdFor(randomUUID());
  const body = envelopeBody("webhook.test", now, {
    webhook_id: endpoint.id,
    message: "A test event from the competition platform.",
  });
  const [deliveryId] = await ctx.db.transaction((tx) =>
    queueDeliveries(
      tx,
      [{ endpointId: endpoint.id, messageId, eventType: "webhook.test", body }],
      now,
    ),
  );
  return { delivery_id: deliveryId!, message_id: messageId };
}
