// The email port: one interface, Resend's adapter for production, and the embedded adapter that
// keeps messages in the outbox table for the dev mailbox.
export type EmailMessage = { to: string; subject: string; text: string; html: string };

export type SendResult = { status: "sent" | "captured"; providerMessageId: string | null };

export interface EmailSender {
  readonly kind: "resend" | "outbox";
  send(message: EmailMessage & { id: string }): Promise<SendResult>;
  /**
   * Many messages in as few provider calls as it allows (Resend: 100 a call), all or nothing per
   * call; results in the messages' order. For a broadcast's batch of recipients.
   */
  sendBatch(messages: (EmailMessage & { id: string })[]): Promise<SendResult[]>;
}

/** Embedded default: the message already sits in email_outbox; the mailbox shows it from there. */
export const outboxSender: EmailSender = {
  kind: "outbox",
  send: async () => ({ status: "captured", providerMessageId: null }),
  sendBatch: async (messages) =>
    messages.map(() => ({ status: "captured", providerMessageId: null })),
};
