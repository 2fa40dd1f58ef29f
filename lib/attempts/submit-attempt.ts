// POST /exams/{id}/submit-exam-answers/: the candidate's submit closes the attempt.
import { and, eq, sql } from "drizzle-orm";
import { attemptAnswers, examAttempts } from "@/db/schema";
import type { Context } from "@/lib/context";
import { closeAttempts } from "./close-attempt";
import { actingCandidate, alreadySubmitted } from "./attempt-rules";
import { Option, checkOpen, noAttempt, checkMembership } from "./answer-rules";

/**
 * POST /exams/{id}/submit-exam-answers/ — merge the body's answers over the saved ones (the body
 * wins; seq is not needed) and close the attempt. Exactly one of two parallel submits succeeds.
 */
export async function submitAttempt({
  ctx,
  input,
}: {
  ctx: Context;
  input: { examId: number; answers: { question: number; selected_option: Option }[] };
}) {
  const user = actingCandidate(ctx);
  const now = ctx.clock.now();
  const byQuestion = new Map(input.answers.map((item) => [item.question, item.selected_option]));
  const found = await ctx.db.transaction(async (tx) => {
    const [attempt] = await tx
      .select()
      .from(examAttempts)
      .where(and(eq(examAttempts.examId, input.examId), eq(examAttempts.candidateId, user.id)))
      .for("update");
    if (!attempt) return false;
    checkOpen(attempt, now);
    await checkMembership({ ...ctx, db: tx }, input.examId, [...byQuestion.keys()], "answers");
    // A submit that arrives after the deadline (within the grace) is the page submitting at zero:
    // recorded like the server's auto-submit, at the deadline, so time used never exceeds it.
    const late = now.getTime() >= attempt.deadline.getTime();
    const closed = await closeAttempts(
      tx,
      eq(examAttempts.id, attempt.id),
      late
        ? { submittedAt: attempt.deadline, kind: "auto" }
        : { submittedAt: now, kind: "candidate" },
    );
    if (closed === 0) throw alreadySubmitted();
    if (byQuestion.size > 0) {
      await tx
        .insert(attemptAnswers)
        .values(
          [...byQuestion].map(([questionId, selectedOption]) => ({
            attemptId: attempt.id,
            questionId,
            selectedOption,
            seq: 0,
            savedAt: now,
          })),
        )
        .onConflictDoUpdate({
          target: [attemptAnswers.attemptId, attemptAnswers.questionId],
          set: { selectedOption: sql`excluded.selected_option`, savedAt: sql`excluded.saved_at` },
        });
    }
    return true;
  });
  if (!found) return noAttempt(ctx, input.examId);
  return { message: "Answers submitted successfully!" as const };
}
