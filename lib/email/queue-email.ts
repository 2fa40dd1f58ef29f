import type { Executor } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { publishEvent } from "@/lib/jobs/publish-event";
import type { EmailMessage } from "./email-sender";

/**
 * Record an email in the caller's transaction; it is delivered after commit by the
 * `deliver-email` function. Call this, never a sender directly, so no email escapes a rollback.
 */
export async function queueEmail(db: Executor, message: EmailMessage): Promise<string> {
  const [row] = await db
    .insert(emailOutbox)
    .values({ ...message, to: message.to.trim().toLowerCase() })
    .returning({ id: emailOutbox.id });
  await publishEvent(db, { name: "email/message.queued", data: { emailId: row!.id } });
  return row!.id;
}
