// POST /webhooks/{id}/deliveries/{delivery_id}/replay/ (manager+): send a finished delivery again,
// as a new delivery of the same message (same `webhook-id` and body, so receivers can deduplicate),
// with its own attempts. A deleted endpoint's deliveries are 404, as the endpoint is.
import { and, eq } from "drizzle-orm";
import { webhookDeliveries } from "@/db/schema";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { Conflict, NotFound } from "@/lib/errors";
import type { WebhookEventType } from "./event-types";
import { queueDeliveries } from "./queue-deliveries";
import { loadEndpoint } from "./webhook-shape";

export async function replayDelivery({
  ctx,
  input,
}: {
  ctx: Context;
  input: { id: string; deliveryId: string };
}) {
  requirePermission(ctx, "webhooks:manage");
  const endpoint = await loadEndpoint(ctx, input.id);
  const [delivery] = await ctx.db
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.id, input.deliveryId),
        eq(webhookDeliveries.endpointId, endpoint.id),
      ),
    );
  if (!delivery) throw new NotFound("No delivery with this id for this webhook.");
  if (!endpoint.isActive) {
    throw new Conflict("This webhook is turned off: turn it on to replay.", "webhook_disabled");
  }
  if (delivery.status === "pending") {
    throw new Conflict("This delivery is still being tried; replay it once it has finished.");
  }
  const now = ctx.clock.now();
  const [replayId] = await ctx.db.transaction((tx) =>
    queueDeliveries(
      tx,
      [
        {
          endpointId: endpoint.id,
          messageId: delivery.messageId,
          eventType: delivery.eventType as WebhookEventType,
          body: delivery.body,
          replayOfId: delivery.id,
        },
      ],
      now,
    ),
  );
  return { delivery_id: replayId!, message_id: delivery.messageId, replay_of_id: delivery.id };
}
