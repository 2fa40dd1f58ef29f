// Automatic scoring (CONTRACT §4): score = round(100 × correct ÷ non-archived questions, 2),
// time_used = submitted_at − started_at in seconds. Idempotent: rerunning recomputes the same row.
// A manual score (auto_score false, entered by staff) is never overwritten by the automatic one;
// the attempt is still marked scored.
import { attemptAnswers, examAttempts, examQuestions, examScores, questions } from "@/db/schema";
import type { Context } from "@/lib/context";
import { publishEvent } from "@/lib/jobs/publish-event";
import { and, count, eq, sql } from "drizzle-orm";

/** round(100 × correct ÷ total, 2); 0 when the exam has no questions. Pure. */
export function percentScore(correct: number, total: number): number {
  if (total <= 0) return 0;
  return Math.round((correct * 10_000) / total) / 100;
}

export function timeUsedSeconds(startedAt: Date, submittedAt: Date): number {
  return Math.max(0, Math.round((submittedAt.getTime() - startedAt.getTime()) / 1000));
}

export type ScoreResult = {
  attemptId: string;
  score: number;
  correct: number;
  total: number;
  written: boolean;
} | null;

export async function scoreAttempt({
  ctx,
  input,
}: {
  ctx: Context;
  input: { attemptId: string };
}): Promise<ScoreResult> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const [attempt] = await tx
      .select()
      .from(examAttempts)
      .where(eq(examAttempts.id, input.attemptId))
      .for("update");
    if (!attempt || !attempt.submittedAt) return null;
    const [totals] = await tx
      .select({ total: count() })
      .from(examQuestions)
      .innerJoin(questions, eq(questions.id, examQuestions.questionId))
      .where(and(eq(examQuestions.examId, attempt.examId), eq(questions.isArchived, false)));
    const [right] = await tx
      .select({ correct: count() })
      .from(attemptAnswers)
      .innerJoin(
        examQuestions,
        and(
          eq(examQuestions.examId, attempt.examId),
          eq(examQuestions.questionId, attemptAnswers.questionId),
        ),
      )
      .innerJoin(questions, eq(questions.id, attemptAnswers.questionId))
      .where(
        and(
          eq(attemptAnswers.attemptId, attempt.id),
          eq(questions.isArchived, false),
          sql`${attemptAnswers.selectedOption} = ${questions.correctAnswer}::text`,
        ),
      );
    const total = Number(totals?.total ?? 0);
    const correct = Number(right?.correct ?? 0);
    const score = percentScore(correct, total);
    const values = {
      attemptId: attempt.id,
      score,
      autoScore: true,
      correctCount: correct,
      questionCount: total,
      timeUsedSeconds: timeUsedSeconds(attempt.startedAt, attempt.submittedAt),
      submittedById: null,
      updatedAt: now,
    };
    const written = await tx
      .insert(examScores)
      .values({
        examId: attempt.examId,
        candidateId: attempt.candidateId,
        recordedAt: now,
        ...values,
      })
      .onConflictDoUpdate({
        target: [examScores.examId, examScores.candidateId],
        set: values,
        setWhere: eq(examScores.autoScore, true),
      })
      .returning({ id: examScores.id });
    await tx.update(examAttempts).set({ scoredAt: now }).where(eq(examAttempts.id, attempt.id));
    const facts = {
      attemptId: attempt.id,
      examId: attempt.examId,
      candidateId: attempt.candidateId,
    };
    await publishEvent(tx, { name: "exam/attempt.scored", data: { ...facts, score } });
    // A staff member's score stands (setWhere above): then no score was recorded here.
    if (written.length > 0) {
      await publishEvent(tx, {
        name: "exam/score.recorded",
        data: { ...facts, score, source: "auto" },
      });
    }
    return { attemptId: attempt.id, score, correct, total, written: written.length > 0 };
  });
}
