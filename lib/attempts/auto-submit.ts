// Close every attempt whose deadline + grace has passed without a submit (CONTRACT §4): the saved
// answers are the submission. submitted_at is the attempt's deadline (not the sweep's time), so
// time_used and the leaderboard's "earlier submission" tie-break do not depend on cron lag.
import { and, asc, inArray, isNull, lt, sql } from "drizzle-orm";
import { examAttempts } from "@/db/schema";
import type { Context } from "@/lib/context";
import { publishEvent } from "@/lib/jobs/publish-event";
import { graceMs } from "./take-exam";

export async function autoSubmitExpired({
  ctx,
  input = {},
}: {
  ctx: Context;
  input?: { batchSize?: number; maxBatches?: number };
}): Promise<{ submitted: number }> {
  const batchSize = input.batchSize ?? 500;
  const maxBatches = input.maxBatches ?? 20;
  const cutoff = new Date(ctx.clock.now().getTime() - graceMs());
  let submitted = 0;
  for (let batch = 0; batch < maxBatches; batch += 1) {
    const closed = await ctx.db.transaction(async (tx) => {
      const due = await tx
        .select({ id: examAttempts.id })
        .from(examAttempts)
        .where(and(isNull(examAttempts.submittedAt), lt(examAttempts.deadline, cutoff)))
        .orderBy(asc(examAttempts.deadline))
        .limit(batchSize)
        .for("update", { skipLocked: true });
      if (due.length === 0) return 0;
      const rows = await tx
        .update(examAttempts)
        .set({ submittedAt: sql`${examAttempts.deadline}`, submissionKind: "auto" })
        .where(
          and(
            inArray(
              examAttempts.id,
              due.map((row) => row.id),
            ),
            isNull(examAttempts.submittedAt),
          ),
        )
        .returning({
          id: examAttempts.id,
          examId: examAttempts.examId,
          candidateId: examAttempts.candidateId,
        });
      for (const row of rows) {
        await publishEvent(tx, {
          name: "exam/attempt.submitted",
          data: {
            attemptId: row.id,
            examId: row.examId,
            candidateId: row.candidateId,
            kind: "auto",
          },
        });
      }
      return rows.length;
    });
    submitted += closed;
    if (closed < batchSize) break;
  }
  return { submitted };
}
