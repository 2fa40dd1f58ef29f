// Webhooks' shapes (CONTRACT §6, §9): the create body, the endpoint (its secret only at creation
// and rotation), deliveries with their attempts, and the list filters.
import { z } from "zod";
import { paginationQuery } from "@/lib/http/pagination";
import { webhookEventTypes } from "./event-types";

export const urlMaxLength = 2000;
export const descriptionMaxLength = 500;

export const webhookParams = z.object({ id: z.uuid("Not a valid id.") });
export const deliveryParams = z.object({
  id: z.uuid("Not a valid id."),
  delivery_id: z.uuid("Not a valid id."),
});

export const createWebhookBody = z.strictObject({
  url: z
    .string({ error: "url is required." })
    .trim()
    .min(1, "Enter the address to send to.")
    .max(urlMaxLength, `The address may be at most ${urlMaxLength} characters.`)
    .pipe(z.url({ error: "Enter a full address such as https://example.com/hooks." })),
  description: z
    .string({ error: "description must be text." })
    .trim()
    .max(descriptionMaxLength, `description may be at most ${descriptionMaxLength} characters.`)
    .default(""),
  events: z
    .array(
      z.enum(webhookEventTypes, {
        error: `Each event must be one of: ${webhookEventTypes.join(", ")}.`,
      }),
      { error: "events must be a list of event names." },
    )
    .min(1, "Choose at least one event.")
    .max(webhookEventTypes.length)
    .transform((list) => [...new Set(list)]),
});
export type CreateWebhookBody = z.output<typeof createWebhookBody>;

export const webhookSummary = z.object({
  id: z.uuid(),
  url: z.string(),
  description: z.string(),
  events: z.array(z.string()),
  is_active: z.boolean(),
  disabled_reason: z.string().nullable(),
  failing_since: z.iso.datetime().nullable(),
  secret_hint: z.string().describe("The secret's last characters (the secret is shown once)."),
  previous_secret_expires_at: z.iso
    .datetime()
    .nullable()
    .describe("During a rotation: until when the previous secret also signs."),
  created_by: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  created_at: z.iso.datetime(),
  updated_at: z.iso.datetime(),
  last_delivery: z
    .object({ status: z.string(), created_at: z.iso.datetime() })
    .nullable()
    .describe("The most recent delivery, to see at a glance whether the endpoint works."),
});

export const webhookWithSecret = webhookSummary.extend({
  secret: z.string().describe("`whsec_` + base64: shown only now. Store it to verify signatures."),
});

export const rotatedSecret = z.object({
  id: z.uuid(),
  secret: z.string(),
  previous_secret_expires_at: z.iso.datetime(),
});

export const deliveryStatuses = ["pending", "succeeded", "failed", "cancelled"] as const;

export const webhookAttempt = z.object({
  attempt_number: z.number().int(),
  started_at: z.iso.datetime(),
  duration_ms: z.number().int(),
  status_code: z.number().int().nullable(),
  response_snippet: z.string().nullable(),
  error: z.string().nullable(),
  next_retry_at: z.iso.datetime().nullable(),
});

export const webhookDelivery = z.object({
  id: z.uuid(),
  message_id: z.string().describe("The `webhook-id` header: the same on every retry."),
  event_type: z.string(),
  status: z.enum(deliveryStatuses),
  attempt_count: z.number().int(),
  last_status_code: z.number().int().nullable(),
  last_error: z.string().nullable(),
  next_attempt_at: z.iso.datetime().nullable(),
  replay_of_id: z.uuid().nullable(),
  created_at: z.iso.datetime(),
  finished_at: z.iso.datetime().nullable(),
  attempts: z.array(webhookAttempt),
});

export const deliveriesQuery = paginationQuery.extend({
  status: z
    .enum(deliveryStatuses, { error: `status must be one of: ${deliveryStatuses.join(", ")}.` })
    .optional(),
  event_type: z
    .enum([...webhookEventTypes, "webhook.test"], {
      error: `event_type must be one of: ${[...webhookEventTypes, "webhook.test"].join(", ")}.`,
    })
    .optional(),
});
