// Autosave (single and batch) and the final submit of a candidate's attempt (CONTRACT §4, §9).
//
// Decisions: no attempt yet → 400 attempt_not_started (answers and submits need an attempt opened
// with take-exam or start; submit never creates one). Past deadline + ANSWER_GRACE_SECONDS → 403
// exam_not_open. After submit → 400 exam_already_submitted. A question that is not in the exam or
// is archived → 400 invalid_question naming the ids, and nothing of the request is written.
// Writes lock the attempt row FOR SHARE and re-check submitted_at, so an autosave can never land
// after the submit (or auto-submit) that closed the attempt.
//
// What the answer operations share: the answer's JSON, the open-attempt and membership checks,
// and "higher seq wins" for the batch upsert (the single-answer hot path states the same rule in
// its one prepared SQL statement, save-answer.ts).
import { and, eq, inArray, sql } from "drizzle-orm";
import { attemptAnswers, examQuestions, questions } from "@/db/schema";
import type { Context } from "@/lib/context";
import { Invalid } from "@/lib/errors";
import { alreadySubmitted, attemptNotStarted, examNotOpen, graceMs } from "./attempt-rules";
import { loadExam } from "@/lib/exams/load-exam";

export type Option = "A" | "B" | "C" | "D" | "";

export type StoredAnswer = typeof attemptAnswers.$inferSelect;

export const answerJson = (answer: StoredAnswer, stale: boolean) => ({
  question_id: answer.questionId,
  selected_option: answer.selectedOption,
  seq: answer.seq,
  saved_at: answer.savedAt.toISOString(),
  stale,
});

export function invalidQuestions(ids: number[], field: string) {
  return new Invalid(
    `Not a question of this exam: ${ids.join(", ")}.`,
    { [field]: ids.map((id) => `Question ${id} is not part of this exam.`) },
    "invalid_question",
  );
}

export function checkOpen(attempt: { submittedAt: Date | null; deadline: Date }, now: Date) {
  if (attempt.submittedAt) throw alreadySubmitted();
  if (now.getTime() > attempt.deadline.getTime() + graceMs()) throw examNotOpen();
}

export async function noAttempt(ctx: Context, examId: number): Promise<never> {
  await loadExam(ctx, examId); // 404 for an unknown exam
  throw attemptNotStarted();
}

/**
 * The upsert: a higher seq replaces, an equal or lower one leaves the stored answer. The autosave's
 * hot path (save-answer.ts) writes the same rule inside its one prepared statement, to stay one
 * round trip on exam day; tests/integration/attempts/answers.test.ts holds the two to one rule.
 */
export const onSeqConflict = {
  target: [attemptAnswers.attemptId, attemptAnswers.questionId],
  set: {
    selectedOption: sql`excluded.selected_option`,
    seq: sql`excluded.seq`,
    savedAt: sql`excluded.saved_at`,
  },
  setWhere: sql`${attemptAnswers.seq} < excluded.seq`,
};

export async function checkMembership(ctx: Context, examId: number, ids: number[], field: string) {
  if (ids.length === 0) return;
  const found = await ctx.db
    .select({ id: examQuestions.questionId })
    .from(examQuestions)
    .innerJoin(questions, eq(questions.id, examQuestions.questionId))
    .where(
      and(
        eq(examQuestions.examId, examId),
        inArray(examQuestions.questionId, ids),
        eq(questions.isArchived, false),
      ),
    );
  const known = new Set(found.map((row) => row.id));
  const missing = ids.filter((id) => !known.has(id)).sort((a, b) => a - b);
  if (missing.length > 0) throw invalidQuestions(missing, field);
}
