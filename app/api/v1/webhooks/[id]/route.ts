// GET, DELETE /api/v1/webhooks/{id}/ — one endpoint (manager+). Deleting stops queued deliveries.
import { defineRoute } from "@/lib/http/define-route";
import { deleteWebhook } from "@/lib/webhooks/delete-webhook";
import { webhookParams, webhookSummary } from "@/lib/webhooks/schemas";
import { getWebhook } from "@/lib/webhooks/get-webhook";

export const GET = defineRoute(
  {
    summary: "Get a webhook",
    tags: ["Webhooks"],
    permission: "webhooks:manage",
    params: webhookParams,
    response: webhookSummary,
    errors: [404],
  },
  async ({ ctx, params }) => getWebhook({ ctx, input: params }),
);

export const DELETE = defineRoute(
  {
    summary: "Delete a webhook (queued deliveries stop, and say why)",
    tags: ["Webhooks"],
    permission: "webhooks:manage",
    params: webhookParams,
    status: 204,
    errors: [404],
  },
  async ({ ctx, params }) => {
    await deleteWebhook({ ctx, input: params });
    return new Response(null, { status: 204 });
  },
);

export * from "@/lib/http/unserved-methods";
