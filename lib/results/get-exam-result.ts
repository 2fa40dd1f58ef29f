// The signed-in candidate's result on one exam (/exams/[id]/result): the score, correct answers out
// of the questions, time used, how the score was recorded, and — only once the exam has concluded
// and the attempt is closed — the review of each question against the key.
//
// Decisions:
// - status: "scored_by_staff" when the score row was entered by hand (auto_score false), "scored"
//   when it was computed from the answers, "awaiting_scoring" when the attempt is submitted but not
//   scored yet, otherwise "not_submitted".
// - correct / total come from the score row (the counts the automatic score was computed from, kept
//   current when a question's key is corrected); a score entered by hand for someone who never
//   took the exam online has none.
// - The key (correct answers) is read only when the exam is concluded AND the candidate's attempt
//   is closed: during the 30-second grace after a deadline an open attempt still accepts answers,
//   so the key must not be visible to it. This check lives here, on the server; the page only
//   renders what it gets.
// - continue_to (CONTRACT §6): once scored, when the exam has a result_redirect_url, a link there
//   with ?result=<token>. The token is issued on every read (it lasts 15 minutes), so the page's
//   render and each reload carry a fresh one.
import { and, asc, eq } from "drizzle-orm";
import { attemptAnswers, examAttempts, examQuestions, examScores, questions } from "@/db/schema";
import type { Context } from "@/lib/context";
import {
  concludedAt,
  examStatus,
  stageDisplay,
  windowClose,
  type ExamStatus,
} from "@/lib/exams/status";
import { loadExam } from "@/lib/exams/load-exam";
import { actingCandidate } from "@/lib/attempts/attempt-rules";
import { resultRedirectLink, type ResultRedirectLink } from "./result-token";

type Option = "A" | "B" | "C" | "D";

export type ExamResultStatus = "not_submitted" | "awaiting_scoring" | "scored" | "scored_by_staff";

export type ReviewItem = {
  number: number;
  question_id: number;
  text: string;
  options: Record<Option, string>;
  /** null when the question was left unanswered. */
  your_answer: Option | null;
  correct_answer: Option;
  is_correct: boolean;
};

/** Why there is no review (yet): the exam is still open, or there are no answers to review. */
export type ReviewUnavailable = "exam_not_concluded" | "attempt_open" | "no_attempt";

export type ExamResult = {
  exam: {
    id: number;
    title: string;
    stage: string;
    level: number;
    stage_display: string;
    status: ExamStatus;
    closes_at: string | null;
    concluded_at: string | null;
  };
  status: ExamResultStatus;
  score: number | null;
  correct: number | null;
  total: number | null;
  submitted_at: string | null;
  time_used: number | null;
  submission_kind: "candidate" | "auto" | null;
  /** The candidate has an attempt that is still open (they can go back to it). */
  attempt_open: boolean;
  review: ReviewItem[] | null;
  review_unavailable: ReviewUnavailable | null;
  /** Where to continue once scored (the exam's result_redirect_url with a result token), or null. */
  continue_to: ResultRedirectLink | null;
};

export async function getExamResult({
  ctx,
  input,
}: {
  ctx: Context;
  input: { examId: number };
}): Promise<ExamResult> {
  const user = actingCandidate(ctx);
  const exam = await loadExam(ctx, input.examId);
  const now = ctx.clock.now();
  const [[attempt], [score]] = await Promise.all([
    ctx.db
      .select()
      .from(examAttempts)
      .where(and(eq(examAttempts.examId, exam.id), eq(examAttempts.candidateId, user.id))),
    ctx.db
      .select()
      .from(examScores)
      .where(and(eq(examScores.examId, exam.id), eq(examScores.candidateId, user.id))),
  ]);
  const submittedAt = attempt?.submittedAt ?? null;
  const timeUsed =
    attempt && submittedAt
      ? Math.round((submittedAt.getTime() - attempt.startedAt.getTime()) / 1000)
      : (score?.timeUsedSeconds ?? null);
  const status: ExamResultStatus = score
    ? score.autoScore
      ? "scored"
      : "scored_by_staff"
    : submittedAt
      ? "awaiting_scoring"
      : "not_submitted";

  const examState = examStatus(exam, now);
  let reviewUnavailable: ReviewUnavailable | null = null;
  if (examState !== "concluded") reviewUnavailable = "exam_not_concluded";
  else if (!attempt) reviewUnavailable = "no_attempt";
  else if (!submittedAt) reviewUnavailable = "attempt_open";
  const review =
    reviewUnavailable === null ? await reviewAgainstKey(ctx, exam.id, attempt!.id) : null;

  let correct = score?.correctCount ?? null;
  let total = score?.questionCount ?? null;
  if ((correct === null || total === null) && review && status !== "scored_by_staff") {
    correct = review.filter((item) => item.is_correct).length;
    total = review.length;
  }
  const closes = windowClose(exam);
  const concluded = concludedAt(exam, now);
  const continueTo =
    score && exam.resultRedirectUrl
      ? await resultRedirectLink(
          exam.resultRedirectUrl,
          {
            examId: exam.id,
            candidateId: user.id,
            attemptId: score.attemptId ?? attempt?.id ?? null,
          },
          now,
        )
      : null;
  return {
    exam: {
      id: exam.id,
      title: exam.title,
      stage: exam.stage,
      level: exam.level,
      stage_display: stageDisplay(exam),
      status: examState,
      closes_at: closes ? closes.toISOString() : null,
      concluded_at: concluded ? concluded.toISOString() : null,
    },
    status,
    score: score ? score.score : null,
    correct,
    total,
    submitted_at: submittedAt ? submittedAt.toISOString() : null,
    time_used: timeUsed,
    submission_kind: attempt?.submissionKind ?? null,
    attempt_open: Boolean(attempt && !submittedAt),
    review,
    review_unavailable: reviewUnavailable,
    continue_to: continueTo,
  };
}

/** Every non-archived question of the exam in order, with the candidate's answer and the key. */
async function reviewAgainstKey(
  ctx: Context,
  examId: number,
  attemptId: string,
): Promise<ReviewItem[]> {
  const rows = await ctx.db
    .select({
      id: questions.id,
      text: questions.text,
      optionA: questions.optionA,
      optionB: questions.optionB,
      optionC: questions.optionC,
      optionD: questions.optionD,
      correctAnswer: questions.correctAnswer,
      selected: attemptAnswers.selectedOption,
    })
    .from(examQuestions)
    .innerJoin(questions, eq(questions.id, examQuestions.questionId))
    .leftJoin(
      attemptAnswers,
      and(
        eq(attemptAnswers.attemptId, attemptId),
        eq(attemptAnswers.questionId, examQuestions.questionId),
      ),
    )
    .where(and(eq(examQuestions.examId, examId), eq(questions.isArchived, false)))
    .orderBy(asc(examQuestions.position), asc(questions.id));
  return rows.map((row, index) => {
    const yourAnswer = row.selected ? (row.selected as Option) : null;
    return {
      number: index + 1,
      question_id: row.id,
      text: row.text,
      options: { A: row.optionA, B: row.optionB, C: row.optionC, D: row.optionD },
      your_answer: yourAnswer,
      correct_answer: row.correctAnswer,
      is_correct: yourAnswer === row.correctAnswer,
    };
  });
}
