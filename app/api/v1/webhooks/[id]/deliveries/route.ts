// GET /api/v1/webhooks/{id}/deliveries/ — the deliveries log with every attempt (manager+).
import { defineRoute } from "@/lib/http/define-route";
import { pageRequest, paginate, paginatedSchema } from "@/lib/http/pagination";
import { listDeliveries } from "@/lib/webhooks/list-deliveries";
import { deliveriesQuery, webhookDelivery, webhookParams } from "@/lib/webhooks/schemas";

export const GET = defineRoute(
  {
    summary: "List a webhook's deliveries and their attempts",
    tags: ["Webhooks"],
    permission: "webhooks:manage",
    params: webhookParams,
    query: deliveriesQuery,
    response: paginatedSchema(webhookDelivery),
    errors: [404],
  },
  async ({ ctx, params, query, url }) => {
    const page = pageRequest(query);
    const { items, count } = await listDeliveries({
      ctx,
      input: { id: params.id, status: query.status, event_type: query.event_type },
      page,
    });
    return paginate(items, count, page, url);
  },
);

export * from "@/lib/http/unserved-methods";
