import { systemContext } from "@/lib/context";
import {
  recordEventDeliveries,
  type WebhookSourceEvent,
} from "@/lib/webhooks/record-event-deliveries";
import { defineFunction } from "@/inngest/define-function";

/**
 * A domain event integrators subscribe to → one delivery per subscribed endpoint (lib/webhooks).
 * The event's own id (the run's, where the runner gives none) becomes the `webhook-id`, so a
 * redelivered event adds no second delivery.
 */
export const fanOutWebhookEventFunction = defineFunction(
  {
    id: "fan-out-webhook-event",
    triggers: [
      { event: "user/account.registered" },
      { event: "exam/attempt.submitted" },
      { event: "exam/score.recorded" },
      { event: "leaderboard/published" },
    ],
    retries: 5,
  },
  async ({ event, step, runId }) =>
    step.run("record-deliveries", () =>
      recordEventDeliveries({
        ctx: systemContext(),
        input: { event: event as WebhookSourceEvent, uniqueId: event.id ?? runId },
      }),
    ),
);
