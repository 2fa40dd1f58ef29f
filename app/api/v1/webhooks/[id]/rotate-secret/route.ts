// POST /api/v1/webhooks/{id}/rotate-secret/ — a new secret, shown once; the old one keeps signing
// for 24 hours alongside it (manager+).
import { defineRoute } from "@/lib/http/define-route";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-secret";
import { rotatedSecret, webhookParams } from "@/lib/webhooks/schemas";

export const POST = defineRoute(
  {
    summary: "Rotate a webhook's secret (both sign for 24 hours)",
    tags: ["Webhooks"],
    permission: "webhooks:manage",
    params: webhookParams,
    response: rotatedSecret,
    errors: [404],
  },
  async ({ ctx, params }) => rotateWebhookSecret({ ctx, input: params }),
);

export * from "@/lib/http/unserved-methods";
