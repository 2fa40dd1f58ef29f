// Starting or resuming a candidate's single, server-timed attempt (CONTRACT §4; the rules are in
// attempt-rules.ts): the first call creates it under a share lock on the exam row.
import { eq } from "drizzle-orm";
import { examAttempts, exams } from "@/db/schema";
import type { Context } from "@/lib/context";
import { attemptDeadline } from "@/lib/exams/status";
import { loadExam } from "@/lib/exams/load-exam";
import { closeAttempts } from "./close-attempt";
import {
  AttemptRow,
  graceMs,
  alreadySubmitted,
  actingCandidate,
  noQuestions,
} from "./attempt-rules";
import { checkCandidateOrInvited, checkEligibilityOrInvited } from "./eligibility";
import { findAttempt, liveQuestionCount } from "./attempt-queries";

/** Close an expired attempt as auto-submitted (submitted_at = its deadline); false if already closed. */
export async function closeExpiredAttempt(ctx: Context, attempt: AttemptRow): Promise<boolean> {
  const closed = await ctx.db.transaction((tx) =>
    closeAttempts(tx, eq(examAttempts.id, attempt.id), {
      submittedAt: attempt.deadline,
      kind: "auto",
    }),
  );
  return closed > 0;
}

/** Create the caller's attempt (first call) or resume it; the attempt row either way. */
export async function startAttempt({ ctx, input }: { ctx: Context; input: { examId: number } }) {
  const user = actingCandidate(ctx);
  const exam = await loadExam(ctx, input.examId);
  const now = ctx.clock.now();
  let attempt = await findAttempt(ctx, exam.id, user.id);
  if (!attempt) {
    await checkEligibilityOrInvited(ctx, user, exam, now);
    if ((await liveQuestionCount(ctx, exam.id)) === 0) throw noQuestions();
    // Created under a share lock on the exam row, re-checked: an admin who ends the exam early or
    // extends its window (both update that row first) either waits for this attempt and then
    // closes or extends it too, or commits first and is seen here. Parallel first calls: the
    // unique (exam, candidate) index lets exactly one insert through.
    await ctx.db.transaction(async (tx) => {
      const [current] = await tx.select().from(exams).where(eq(exams.id, exam.id)).for("share");
      await checkEligibilityOrInvited({ ...ctx, db: tx }, user, current!, now);
      await tx
        .insert(examAttempts)
        .values({
          examId: exam.id,
          candidateId: user.id,
          startedAt: now,
          deadline: attemptDeadline(current!, now),
        })
        .onConflictDoNothing({ target: [examAttempts.examId, examAttempts.candidateId] });
    });
    attempt = (await findAttempt(ctx, exam.id, user.id))!;
  } else {
    await checkCandidateOrInvited(ctx, user, exam);
  }
  if (attempt.submittedAt) throw alreadySubmitted();
  if (now.getTime() > attempt.deadline.getTime() + graceMs()) {
    await closeExpiredAttempt(ctx, attempt);
    throw alreadySubmitted();
  }
  return { exam, attempt, now };
}
