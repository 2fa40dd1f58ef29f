import { Resend } from "resend";
import type { EmailSender } from "./email-sender";

/** Resend takes at most 100 emails per batch call. */
export const resendBatchLimit = 100;

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
    async sendBatch(messages) {
      const results = [];
      for (let start = 0; start < messages.length; start += resendBatchLimit) {
        const chunk = messages.slice(start, start + resendBatchLimit);
        const { data, error } = await resend.batch.send(
          chunk.map((message) => ({
            from,
            to: message.to,
            subject: message.subject,
            text: message.text,
            html: message.html,
          })),
          // A retried step sends the same chunk (same outbox ids): Resend drops the duplicate.
          { idempotencyKey: `emails-${chunk[0]!.id}-${chunk.at(-1)!.id}-${chunk.length}` },
        );
        if (error) throw new Error(`Resend refused the batch: ${error.name}: ${error.message}`);
        results.push(
          ...chunk.map((_, index) => ({
            status: "sent" as const,
            providerMessageId: data?.data[index]?.id ?? null,
          })),
        );
      }
      return results;
    },
  };
}
