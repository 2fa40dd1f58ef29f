// POST /api/v1/webhooks/{id}/test/ — queue a signed `webhook.test` delivery (manager+).
import { z } from "zod";
import { defineRoute } from "@/lib/http/define-route";
import { webhookParams } from "@/lib/webhooks/schemas";
import { sendTestEvent } from "@/lib/webhooks/send-test-event";

export const POST = defineRoute(
  {
    summary: "Send a test event",
    tags: ["Webhooks"],
    permission: "webhooks:manage",
    params: webhookParams,
    response: z.object({ delivery_id: z.uuid(), message_id: z.string() }),
    status: 202,
    errors: [404, 409],
  },
  async ({ ctx, params }) => sendTestEvent({ ctx, input: params }),
);

export * from "@/lib/http/unserved-methods";
