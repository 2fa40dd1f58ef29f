import type { Executor } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import type { EmailMessage } from "./email-sender";

/**
 * Record emails in the caller's transaction that the caller sends itself, in bulk, after commit
 * (deliverEmailBatch: a broadcast's batch) — unlike queueEmail, no deliver-email run each. Ids
 * are the caller's (it links them to its own rows first).
 */
export async function recordEmails(
  db: Executor,
  messages: (EmailMessage & { id: string })[],
): Promise<void> {
  if (messages.length === 0) return;
  await db
    .insert(emailOutbox)
    .values(messages.map((message) => ({ ...message, to: message.to.trim().toLowerCase() })));
}
