// GET /exams/ (admin+): the staff list of exams. Status is computed from the injected clock;
// deleted exams (deletedAt) are invisible everywhere.
import { and, count, desc, eq, gte, isNull, lt, lte, sql, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { exams } from "@/db/schema";
import type { Context } from "@/lib/context";
import { pageRequest } from "@/lib/http/pagination";
import { questionPoolData } from "@/lib/questions/pool-data";
import type { listExamsQuery } from "./schemas";
import { examCoreFields } from "./shape";
import { questionCounts } from "./exam-parts";

/** GET /exams/: newest scheduled first, drafts (no scheduled_date) last, then newest id. */
export async function listExams({
  ctx,
  query,
}: {
  ctx: Context;
  query: z.output<typeof listExamsQuery>;
}) {
  const conditions: (SQL | undefined)[] = [isNull(exams.deletedAt)];
  if (query.stage) conditions.push(eq(exams.stage, query.stage));
  if (query.active !== undefined) conditions.push(eq(exams.isActive, query.active));
  if (query.date_from) conditions.push(gte(exams.scheduledDate, query.date_from.at));
  if (query.date_to) {
    // A bare date includes the whole of that (UTC) day.
    conditions.push(
      query.date_to.dateOnly
        ? lt(exams.scheduledDate, new Date(query.date_to.at.getTime() + 86_400_000))
        : lte(exams.scheduledDate, query.date_to.at),
    );
  }
  const where = and(...conditions);
  const page = pageRequest(query);
  const [rows, [total], pool] = await Promise.all([
    ctx.db
      .select()
      .from(exams)
      .where(where)
      .orderBy(sql`${exams.scheduledDate} desc nulls last`, desc(exams.id))
      .limit(page.pageSize)
      .offset(page.offset),
    ctx.db.select({ value: count() }).from(exams).where(where),
    questionPoolData(ctx),
  ]);
  const counts = await questionCounts(
    ctx,
    rows.map((row) => row.id),
  );
  const now = ctx.clock.now();
  const items = rows.map((exam) => {
    const core = examCoreFields(exam, now);
    return {
      id: core.id,
      title: core.title,
      stage: core.stage,
      level: core.level,
      stage_display: core.stage_display,
      question_count: counts.get(exam.id) ?? 0,
      created_at: exam.createdAt.toISOString(),
      scheduled_date: core.scheduled_date,
      status: core.status,
      concluded_at: core.concluded_at,
    };
  });
  return { question_pool_data: pool, items, total: total?.value ?? 0, page };
}
