// GET, POST /api/v1/webhooks/ — integrators' endpoints (manager+); the secret is shown once.
import { defineRoute } from "@/lib/http/define-route";
import { pageRequest, paginate, paginatedSchema, paginationQuery } from "@/lib/http/pagination";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { listWebhooks } from "@/lib/webhooks/list-webhooks";
import { createWebhookBody, webhookSummary, webhookWithSecret } from "@/lib/webhooks/schemas";

export const GET = defineRoute(
  {
    summary: "List webhooks",
    tags: ["Webhooks"],
    permission: "webhooks:manage",
    query: paginationQuery,
    response: paginatedSchema(webhookSummary),
    errors: [404],
  },
  async ({ ctx, query, url }) => {
    const page = pageRequest(query);
    const { items, count } = await listWebhooks({ ctx, page });
    return paginate(items, count, page, url);
  },
);

export const POST = defineRoute(
  {
    summary: "Create a webhook (its signing secret is shown once)",
    description:
      "Events: attempt.submitted, score.recorded, leaderboard.published, candidate.registered. " +
      "Deliveries are signed per Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature).",
    tags: ["Webhooks"],
    permission: "webhooks:manage",
    body: createWebhookBody,
    response: webhookWithSecret,
    status: 201,
  },
  async ({ ctx, body }) => createWebhook({ ctx, input: body }),
);

export * from "@/lib/http/unserved-methods";
