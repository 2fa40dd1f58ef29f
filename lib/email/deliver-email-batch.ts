// Hand many queued emails to the sender at once (a broadcast's batch of recipients). Idempotent
// like deliverEmail: only rows still queued are sent. A refusal counts a try on each row, keeps the
// reason, and is thrown so the caller's step is retried; `failForGood` (the last try) instead marks
// them failed and returns, so the rest of the broadcast still goes out.
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import type { Clock } from "@/lib/context";
import type { EmailSender } from "./email-sender";

export type EmailBatchResult = { sent: number; failed: number; error: string | null };

export async function deliverEmailBatch(
  { db, clock, sender }: { db: Executor; clock: Clock; sender: EmailSender },
  ids: string[],
  { failForGood = false }: { failForGood?: boolean } = {},
): Promise<EmailBatchResult> {
  if (ids.length === 0) return { sent: 0, failed: 0, error: null };
  const queued = await db
    .select()
    .from(emailOutbox)
    .where(and(inArray(emailOutbox.id, ids), eq(emailOutbox.status, "queued")))
    .orderBy(emailOutbox.id);
  if (queued.length === 0) return { sent: 0, failed: 0, error: null };
  const queuedIds = queued.map((row) => row.id);
  let results;
  try {
    results = await sender.sendBatch(queued);
  } catch (error) {
    const reason = (error as Error).message;
    const now = clock.now();
    await db
      .update(emailOutbox)
      .set({
        attempts: sql`${emailOutbox.attempts} + 1`,
        lastError: reason,
        ...(failForGood ? { status: "failed" as const, failedAt: now } : {}),
      })
      .where(inArray(emailOutbox.id, queuedIds));
    if (failForGood) return { sent: 0, failed: queued.length, error: reason };
    throw error;
  }
  const now = clock.now();
  const status = results[0]?.status ?? "sent";
  await db
    .update(emailOutbox)
    .set({ status, sentAt: now, attempts: sql`${emailOutbox.attempts} + 1` })
    .where(inArray(emailOutbox.id, queuedIds));
  return { sent: queued.length, failed: 0, error: null };
}
