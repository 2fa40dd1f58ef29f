// The email port's public surface. The sender is chosen once, here, from the environment.
import { env, services } from "@/lib/env";
import { outboxSender, type EmailSender } from "./email-sender";
import { createResendSender } from "./resend-sender";

export type { EmailMessage, EmailSender, SendResult } from "./email-sender";
export { outboxSender } from "./email-sender";
export { queueEmail } from "./queue-email";
export { deliverEmail } from "./deliver-email";
export { deliverEmailBatch, type EmailBatchResult } from "./deliver-email-batch";
export { recordEmails } from "./record-emails";
export { markEmailFailed } from "./mark-email-failed";
export { listMailbox, type MailboxEntry } from "./list-mailbox";

let sender: EmailSender | undefined;

export function getEmailSender(): EmailSender {
  sender ??=
    services.email === "resend"
      ? createResendSender(env.RESEND_API_KEY!, env.EMAIL_FROM)
      : outboxSender;
  return sender;
}

/** Put a sender in place for this process (as `useDatabase` does for the database); tests use it
 * to stand in for a provider that refuses. `undefined` goes back to the configured one. */
export function useEmailSender(replacement: EmailSender | undefined): void {
  sender = replacement;
}
