import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import type { Clock } from "@/lib/context";
import type { EmailSender } from "./email-sender";

/** Hand one queued email to the sender. Idempotent: an email already delivered is left alone. */
export async function deliverEmail(
  { db, clock, sender }: { db: Executor; clock: Clock; sender: EmailSender },
  emailId: string,
): Promise<{ status: string }> {
  const [email] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, emailId)).limit(1);
  if (!email) return { status: "missing" };
  if (email.status !== "queued") return { status: email.status };
  try {
    const result = await sender.send(email);
    await db
      .update(emailOutbox)
      .set({
        status: result.status,
        providerMessageId: result.providerMessageId,
        sentAt: clock.now(),
        attempts: sql`${emailOutbox.attempts} + 1`,
      })
      .where(eq(emailOutbox.id, emailId));
    return { status: result.status };
  } catch (error) {
    await db
      .update(emailOutbox)
      .set({ attempts: sql`${emailOutbox.attempts} + 1`, lastError: (error as Error).message })
      .where(eq(emailOutbox.id, emailId));
    throw error;
  }
}
