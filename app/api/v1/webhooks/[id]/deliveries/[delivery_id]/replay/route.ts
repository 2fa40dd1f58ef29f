// POST /api/v1/webhooks/{id}/deliveries/{delivery_id}/replay/ — send a finished delivery again,
// same webhook-id and body, as a new delivery (manager+).
import { z } from "zod";
import { defineRoute } from "@/lib/http/define-route";
import { replayDelivery } from "@/lib/webhooks/replay-delivery";
import { deliveryParams } from "@/lib/webhooks/schemas";

export const POST = defineRoute(
  {
    summary: "Replay a delivery",
    tags: ["Webhooks"],
    permission: "webhooks:manage",
    params: deliveryParams,
    response: z.object({
      delivery_id: z.uuid(),
      message_id: z.string(),
      replay_of_id: z.uuid(),
    }),
    status: 202,
    errors: [404, 409],
  },
  async ({ ctx, params }) =>
    replayDelivery({ ctx, input: { id: params.id, deliveryId: params.delivery_id } }),
);

export * from "@/lib/http/unserved-methods";
