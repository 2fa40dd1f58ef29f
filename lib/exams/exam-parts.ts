// Pieces the staff exam operations share: the exam's linked questions, question counts, the
// average score, who created it, and the shape returned after a create or duplicate.
import { and, asc, count, eq, inArray } from "drizzle-orm";
import { examQuestions, questions, users } from "@/db/schema";
import type { Context } from "@/lib/context";
import { Invalid } from "@/lib/errors";
import { examScoreSummaries } from "@/lib/results/exam-score-summaries";
import { examCoreFields, staffRef, type ExamRow } from "./shape";

export async function questionCounts(ctx: Context, examIds: number[]) {
  if (examIds.length === 0) return new Map<number, number>();
  const rows = await ctx.db
    .select({ examId: examQuestions.examId, value: count() })
    .from(examQuestions)
    .innerJoin(questions, eq(questions.id, examQuestions.questionId))
    .where(and(inArray(examQuestions.examId, examIds), eq(questions.isArchived, false)))
    .groupBy(examQuestions.examId);
  return new Map(rows.map((row) => [row.examId, row.value]));
}

/** Non-archived question ids of the exam, by position. */
export async function linkedQuestionIds(ctx: Context, examId: number) {
  const rows = await ctx.db
    .select({ id: questions.id })
    .from(examQuestions)
    .innerJoin(questions, eq(questions.id, examQuestions.questionId))
    .where(and(eq(examQuestions.examId, examId), eq(questions.isArchived, false)))
    .orderBy(asc(examQuestions.position), asc(questions.id));
  return rows.map((row) => row.id);
}

/** The exam's average score; 0 while none is recorded. */
export async function averageScore(ctx: Context, examId: number) {
  const summaries = await examScoreSummaries(ctx, [examId]);
  return summaries.get(examId)?.average ?? 0;
}

export async function loadStaff(ctx: Context, id: string | null) {
  if (!id) return null;
  const [user] = await ctx.db.select().from(users).where(eq(users.id, id)).limit(1);
  return staffRef(user);
}

export async function examTail(ctx: Context, exam: ExamRow) {
  const [createdBy, updatedBy, average] = await Promise.all([
    loadStaff(ctx, exam.createdById),
    loadStaff(ctx, exam.updatedById),
    averageScore(ctx, exam.id),
  ]);
  return {
    created_by: createdBy,
    updated_by: updatedBy,
    average_score: average,
    created_at: exam.createdAt.toISOString(),
  };
}

/** The create/duplicate representation: questions as a list of ids. */
export async function createdShape(ctx: Context, exam: ExamRow) {
  return {
    ...examCoreFields(exam, ctx.clock.now()),
    questions: await linkedQuestionIds(ctx, exam.id),
    ...(await examTail(ctx, exam)),
  };
}

/** Duplicates removed (first occurrence kept); every id must be an existing, non-archived question. */
export async function checkQuestionIds(ctx: Context, ids: number[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return unique;
  const found = await ctx.db
    .select({ id: questions.id })
    .from(questions)
    .where(and(inArray(questions.id, unique), eq(questions.isArchived, false)));
  const known = new Set(found.map((row) => row.id));
  const bad = unique.filter((id) => !known.has(id));
  if (bad.length > 0) {
    throw new Invalid("Some questions do not exist or are archived.", {
      questions: [`Unknown or archived question ids: ${bad.join(", ")}.`],
    });
  }
  return unique;
}

export async function linkQuestions(ctx: Context, examId: number, ids: number[]) {
  await ctx.db.delete(examQuestions).where(eq(examQuestions.examId, examId));
  if (ids.length === 0) return;
  const now = ctx.clock.now();
  await ctx.db
    .insert(examQuestions)
    .values(ids.map((questionId, position) => ({ examId, questionId, position, addedAt: now })));
}
