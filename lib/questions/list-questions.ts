// GET /questions/ (moderator+): the bank's live questions, newest first, with pool counts.
import { and, desc, eq, ilike, count, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { questions } from "@/db/schema";
import type { Context } from "@/lib/context";
import { questionPoolData } from "./pool-data";
import { pageRequest } from "@/lib/http/pagination";
import { contains } from "@/lib/people/people-lists";
import { type listQuestionsQuery } from "./schemas";
import { toItems } from "./question-items";

export async function listQuestions({
  ctx,
  query,
}: {
  ctx: Context;
  query: z.output<typeof listQuestionsQuery>;
}) {
  const conditions: (SQL | undefined)[] = [eq(questions.isArchived, false)];
  if (query.difficulty) conditions.push(eq(questions.difficulty, query.difficulty));
  if (query.search) conditions.push(ilike(questions.text, contains(query.search)));
  if (query.created_by) conditions.push(eq(questions.createdById, query.created_by));
  const where = and(...conditions);
  const page = pageRequest(query);
  const [rows, [total], pool] = await Promise.all([
    ctx.db
      .select()
      .from(questions)
      .where(where)
      .orderBy(desc(questions.createdAt), desc(questions.id))
      .limit(page.pageSize)
      .offset(page.offset),
    ctx.db.select({ value: count() }).from(questions).where(where),
    questionPoolData(ctx),
  ]);
  const items = await toItems(ctx, rows);
  return { question_pool_data: pool, items, total: total?.value ?? 0, page };
}
