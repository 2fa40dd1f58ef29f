// GET /exams/{id}/ (admin+): one exam with its questions (paged) and figures.
import { and, asc, count, eq } from "drizzle-orm";
import type { z } from "zod";
import { examQuestions, questions } from "@/db/schema";
import type { Context } from "@/lib/context";
import { pageRequest } from "@/lib/http/pagination";
import { questionPoolData } from "@/lib/questions/pool-data";
import { questionContent } from "@/lib/questions/question-content";
import type { examDetailQuery } from "./schemas";
import { examCoreFields } from "./shape";
import { loadExam } from "./load-exam";
import { examTail } from "./exam-parts";

const questionPageSize = 10;

/** GET /exams/{id}/: questions paginated (page_size 10 by default) with this exam's pool data. */
export async function examDetail({
  ctx,
  input,
}: {
  ctx: Context;
  input: { id: number; query: z.output<typeof examDetailQuery> };
}) {
  const exam = await loadExam(ctx, input.id);
  const page = pageRequest({
    ...input.query,
    page_size: input.query.page_size ?? input.query.limit ?? questionPageSize,
  });
  const where = and(eq(examQuestions.examId, exam.id), eq(questions.isArchived, false));
  const [rows, [total], pool, tail] = await Promise.all([
    ctx.db
      .select({ question: questions })
      .from(examQuestions)
      .innerJoin(questions, eq(questions.id, examQuestions.questionId))
      .where(where)
      .orderBy(asc(examQuestions.position), asc(questions.id))
      .limit(page.pageSize)
      .offset(page.offset),
    ctx.db
      .select({ value: count() })
      .from(examQuestions)
      .innerJoin(questions, eq(questions.id, examQuestions.questionId))
      .where(where),
    questionPoolData(ctx, exam.id),
    examTail(ctx, exam),
  ]);
  const items = rows.map(({ question }) => questionContent(question));
  return {
    ...examCoreFields(exam, ctx.clock.now()),
    questions: { question_pool_data: pool, items, total: total?.value ?? 0, page },
    ...tail,
  };
}
