// GET /exams/{id}/questions/: the exam's (non-archived) questions in order, with their authors.
import { and, asc, eq } from "drizzle-orm";
import { examQuestions, questions, users } from "@/db/schema";
import type { Context } from "@/lib/context";
import { questionContent } from "@/lib/questions/question-content";
import { loadExam } from "./load-exam";
import { staffRef } from "./shape";

export async function listExamQuestions({ ctx, input }: { ctx: Context; input: { id: number } }) {
  const exam = await loadExam(ctx, input.id);
  const rows = await ctx.db
    .select({ question: questions, author: users })
    .from(examQuestions)
    .innerJoin(questions, eq(questions.id, examQuestions.questionId))
    .leftJoin(users, eq(users.id, questions.createdById))
    .where(and(eq(examQuestions.examId, exam.id), eq(questions.isArchived, false)))
    .orderBy(asc(examQuestions.position), asc(questions.id));
  return rows.map(({ question, author }) => ({
    ...questionContent(question),
    created_at: question.createdAt.toISOString(),
    created_by: staffRef(author),
  }));
}
