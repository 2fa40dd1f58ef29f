// Close attempts without the candidate's submit (CONTRACT §4): the saved answers are the
// submission, submission_kind is "auto", and each close publishes exam/attempt.submitted, which
// the scoring job picks up. Two occasions share this one machinery:
// - a deadline passed (the sweep): submitted_at is the attempt's deadline (not the sweep's time),
//   so time_used and the leaderboard's "earlier submission" tie-break do not depend on cron lag;
// - an admin ended the exam early: every attempt still open is closed at min(its deadline, that
//   instant), as at a deadline.
import { and, asc, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { examAttempts } from "@/db/schema";
import type { Context } from "@/lib/context";
import { closeAttempts } from "./close-attempt";
import { graceMs } from "./attempt-rules";

/** The sweep: every attempt whose deadline + grace has passed without a submit. */
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
      return closeAttempts(
        tx,
        inArray(
          examAttempts.id,
          due.map((row) => row.id),
        ),
        { submittedAt: sql`${examAttempts.deadline}`, kind: "auto" },
      );
    });
    submitted += closed;
    if (closed < batchSize) break;
  }
  return { submitted };
}

/**
 * An exam ended early at `at`: every attempt still open is closed at min(its deadline, `at`), and
 * its deadline becomes that instant too. Run inside the transaction that ends the exam.
 */
export async function autoSubmitAtEnd(
  tx: Executor,
  input: { examId: number; at: Date },
): Promise<{ submitted: number }> {
  const closedAt = sql`least(${examAttempts.deadline}, ${input.at.toISOString()}::timestamptz)`;
  const submitted = await closeAttempts(tx, eq(examAttempts.examId, input.examId), {
    submittedAt: closedAt,
    kind: "auto",
    deadline: closedAt,
  });
  return { submitted };
}
