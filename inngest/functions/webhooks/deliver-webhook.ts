import { systemContext } from "@/lib/context";
import type { FunctionArgs } from "@/lib/jobs/function-definition";
import { attemptDelivery, type AttemptOptions } from "@/lib/webhooks/attempt-delivery";
import { maxDeliveryAttempts } from "@/lib/webhooks/retry-schedule";
import { defineFunction } from "@/inngest/define-function";

type Args = FunctionArgs<{ event: "webhook/delivery.queued" }>;

/**
 * The delivery loop: each attempt is a step (a crash re-runs only the attempt it interrupted, with
 * the same `webhook-id`), and between attempts the run sleeps until the next retry is due (no
 * polling). `options` lets tests replace the HTTP attempt (e.g. one that dies after sending).
 */
export function deliverWebhook(options: AttemptOptions = {}) {
  return async ({ event, step }: Args) => {
    for (let attempt = 1; attempt <= maxDeliveryAttempts + 1; attempt += 1) {
      const result = await step.run(`attempt-${attempt}`, () =>
        attemptDelivery({
          ctx: systemContext(),
          input: { deliveryId: event.data.deliveryId },
          options,
        }),
      );
      if (result.done) return result;
      await step.sleepUntil(`wait-${attempt}`, result.nextAttemptAt);
    }
    return { done: true };
  };
}

/**
 * One delivery, tried until it succeeds or its day of retries is over (lib/webhooks). At most 10
 * attempts run at once per endpoint, so a slow receiver holds back only its own deliveries.
 */
export const deliverWebhookFunction = defineFunction(
  {
    id: "deliver-webhook",
    trigger: { event: "webhook/delivery.queued" },
    retries: 3,
    concurrency: { limit: 10, key: "event.data.endpointId" },
  },
  deliverWebhook(),
);
