// PATCH /api/v1/webhooks/{id}/toggle/ — turn an endpoint off or on (manager+). An optional body
// `{is_active}` sets the state; without one it flips.
import { z } from "zod";
import { defineRoute } from "@/lib/http/define-route";
import { webhookParams, webhookSummary } from "@/lib/webhooks/schemas";
import { toggleWebhook } from "@/lib/webhooks/toggle-webhook";

export const PATCH = defineRoute(
  {
    summary: "Turn a webhook off or on",
    tags: ["Webhooks"],
    permission: "webhooks:manage",
    params: webhookParams,
    body: z
      .strictObject({
        is_active: z.boolean({ error: "is_active must be true or false." }).optional(),
      })
      .optional(),
    response: webhookSummary,
    errors: [404],
  },
  async ({ ctx, params, body }) =>
    toggleWebhook({ ctx, input: { id: params.id, isActive: body?.is_active } }),
);

export * from "@/lib/http/unserved-methods";
