// question_pool_data: how many non-archived questions there are, by difficulty — over the whole
// bank (GET /exams/) or over one exam's questions (GET /exams/{id}/). One aggregate query.
import { and, eq, sql } from "drizzle-orm";
import { examQuestions, questions } from "@/db/schema";
import type { Context } from "@/lib/context";

const countWhere = (difficulty: "easy" | "moderate" | "hard") =>
  sql<number>`count(*) filter (where ${questions.difficulty} = ${difficulty})`.mapWith(Number);

export async function questionPoolData(ctx: Context, examId?: number) {
  const columns = {
    total: sql<number>`count(*)`.mapWith(Number),
    hard: countWhere("hard"),
    moderate: countWhere("moderate"),
    easy: countWhere("easy"),
  };
  const notArchived = eq(questions.isArchived, false);
  const [row] =
    examId === undefined
      ? await ctx.db.select(columns).from(questions).where(notArchived)
      : await ctx.db
          .select(columns)
          .from(examQuestions)
          .innerJoin(questions, eq(questions.id, examQuestions.questionId))
          .where(and(eq(examQuestions.examId, examId), notArchived));
  return {
    total_questions: row?.total ?? 0,
    hard_questions_count: row?.hard ?? 0,
    moderate_questions_count: row?.moderate ?? 0,
    easy_questions_count: row?.easy ?? 0,
  };
}
