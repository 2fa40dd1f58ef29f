import { getDb } from "@/db/client";
import { getClock } from "@/lib/context";
import { deliverEmail, getEmailSender, markEmailFailed } from "@/lib/email";
import { defineFunction } from "@/inngest/define-function";

/**
 * Hand a queued email to the sender; each try is counted on the outbox row. After the last retry
 * the row ends "failed" with the reason.
 */
export const deliverEmailFunction = defineFunction(
  {
    id: "deliver-email",
    trigger: { event: "email/message.queued" },
    retries: 5,
    onFailure: async ({ event, error, step }) =>
      step.run("mark-failed", () =>
        markEmailFailed({ db: getDb(), clock: getClock() }, event.data.emailId, error.message),
      ),
  },
  async ({ event, step }) =>
    step.run("send", () =>
      deliverEmail(
        { db: getDb(), clock: getClock(), sender: getEmailSender() },
        event.data.emailId,
      ),
    ),
);
