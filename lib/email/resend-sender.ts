import { Resend } from "resend";
import type { EmailSender } from "./email-sender";

export function createResendSender(apiKey: string, from: string): EmailSender {
  const resend = new Resend(apiKey);
  return {
    kind: "resend",
    async send(message) {
      const { data, error } = await resend.emails.send(
        { from, to: message.to, subject: message.subject, text: message.text, html: message.html },
        // The outbox id makes Resend drop a duplicate if a retried step sends twice.
        { idempotencyKey: `email-${message.id}` },
      );
      if (error) throw new Error(`Resend refused the message: ${error.name}: ${error.message}`);
      return { status: "sent", providerMessageId: data?.id ?? null };
    },
  };
}
