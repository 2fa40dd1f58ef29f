// Reads of one attempt and of the questions it is asked, shared by the attempt operations.
import { and, asc, count, eq } from "drizzle-orm";
import { attemptAnswers, examAttempts, examQuestions, questions } from "@/db/schema";
import type { Context } from "@/lib/context";
import { AttemptRow } from "./attempt-rules";

export async function findAttempt(ctx: Context, examId: number, candidateId: string) {
  const [attempt] = await ctx.db
    .select()
    .from(examAttempts)
    .where(and(eq(examAttempts.examId, examId), eq(examAttempts.candidateId, candidateId)));
  return attempt;
}

/** How many non-archived questions the exam has (what a candidate would be asked). */
export async function liveQuestionCount(ctx: Context, examId: number): Promise<number> {
  const [row] = await ctx.db
    .select({ total: count() })
    .from(examQuestions)
    .innerJoin(questions, eq(questions.id, examQuestions.questionId))
    .where(and(eq(examQuestions.examId, examId), eq(questions.isArchived, false)));
  return Number(row?.total ?? 0);
}

/** The exam's non-archived questions in position order, without correct answers. */
export async function examQuestionList(ctx: Context, examId: number) {
  return ctx.db
    .select({
      id: questions.id,
      text: questions.text,
      option_a: questions.optionA,
      option_b: questions.optionB,
      option_c: questions.optionC,
      option_d: questions.optionD,
    })
    .from(examQuestions)
    .innerJoin(questions, eq(questions.id, examQuestions.questionId))
    .where(and(eq(examQuestions.examId, examId), eq(questions.isArchived, false)))
    .orderBy(asc(examQuestions.position), asc(questions.id));
}

export async function attemptState(ctx: Context, attempt: AttemptRow, now: Date) {
  const answers = await ctx.db
    .select()
    .from(attemptAnswers)
    .where(eq(attemptAnswers.attemptId, attempt.id))
    .orderBy(asc(attemptAnswers.questionId));
  return {
    id: attempt.id,
    started_at: attempt.startedAt.toISOString(),
    deadline: attempt.deadline.toISOString(),
    server_now: now.toISOString(),
    answers: answers.map((answer) => ({
      question_id: answer.questionId,
      selected_option: answer.selectedOption,
      seq: answer.seq,
      saved_at: answer.savedAt.toISOString(),
    })),
  };
}
