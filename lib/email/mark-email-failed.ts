import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import type { Clock } from "@/lib/context";

/**
 * The last retry failed: the email ends "failed" with the reason. An email delivered meanwhile
 * (or already failed) is left alone, so calling this twice changes nothing.
 */
export async function markEmailFailed(
  { db, clock }: { db: Executor; clock: Clock },
  emailId: string,
  reason: string,
): Promise<{ status: string }> {
  const updated = await db
    .update(emailOutbox)
    .set({ status: "failed", lastError: reason, failedAt: clock.now() })
    .where(and(eq(emailOutbox.id, emailId), eq(emailOutbox.status, "queued")))
    .returning({ status: emailOutbox.status });
  return { status: updated[0]?.status ?? "unchanged" };
}
