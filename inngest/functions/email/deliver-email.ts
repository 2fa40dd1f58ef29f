import { getDb } from "@/db/client";
import { getClock } from "@/lib/context";
import { deliverEmail, getEmailSender } from "@/lib/email";
import { defineFunction } from "@/inngest/define-function";

export const deliverEmailFunction = defineFunction(
  { id: "deliver-email", trigger: { event: "email/message.queued" }, retries: 5 },
  async ({ event, step }) =>
    step.run("send", () =>
      deliverEmail(
        { db: getDb(), clock: getClock(), sender: getEmailSender() },
        event.data.emailId,
      ),
    ),
);
