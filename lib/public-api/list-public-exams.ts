// GET /public/exams/ (assessments:read): published exams, soonest first within status order,
// filtered by stage, status and a search on the title. Never questions or answers.
import { and, asc, count, desc, eq, ilike } from "drizzle-orm";
import type { z } from "zod";
import { exams } from "@/db/schema";
import type { Context } from "@/lib/context";
import { questionCounts } from "@/lib/exams/exam-parts";
import type { PageRequest } from "@/lib/http/pagination";
import { contains } from "@/lib/people/people-lists";
import { publicExamShape, publishedExamConditions } from "./published-exams";
import type { publicExamsQuery } from "./schemas";

export async function listPublicExams({
  ctx,
  query,
  page,
}: {
  ctx: Context;
  query: z.output<typeof publicExamsQuery>;
  page: PageRequest;
}) {
  const now = ctx.clock.now();
  const where = and(
    ...publishedExamConditions(now, query.status),
    query.stage ? eq(exams.stage, query.stage) : undefined,
    query.search ? ilike(exams.title, contains(query.search)) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select()
      .from(exams)
      .where(where)
      .orderBy(desc(exams.scheduledDate), asc(exams.id))
      .limit(page.pageSize)
      .offset(page.offset),
    ctx.db.select({ value: count() }).from(exams).where(where),
  ]);
  const counts = await questionCounts(
    ctx,
    rows.map((row) => row.id),
  );
  return {
    items: rows.map((exam) => publicExamShape(exam, counts.get(exam.id) ?? 0, now)),
    count: total?.value ?? 0,
  };
}
