// The question bank: list (with pool counts), create, read, update and archive questions.
import { and, desc, eq, ilike, inArray, count, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { examQuestions, questions, users } from "@/db/schema";
import type { Context } from "@/lib/context";
import { staffRef } from "@/lib/people/staff-ref";
import { questionPoolData } from "./pool-data";
import { questionContent } from "./question-content";
import { Invalid, NotFound, type FieldErrors } from "@/lib/errors";
import { pageRequest } from "@/lib/http/pagination";
import { publishEvent } from "@/lib/jobs/publish-event";
import { contains } from "@/lib/people/list-people";
import {
  optionFields,
  type listQuestionsQuery,
  type QuestionFields,
  type questionItem,
  type questionPatch,
} from "./schemas";

type QuestionRow = typeof questions.$inferSelect;
type UserRow = typeof users.$inferSelect;
export type QuestionItem = z.output<typeof questionItem>;

/** Field errors when two of the four options are the same (trimmed, ignoring case). */
export function duplicateOptionErrors(fields: Pick<QuestionFields, (typeof optionFields)[number]>) {
  const errors: FieldErrors = {};
  const seen = new Map<string, string>();
  for (const field of optionFields) {
    const key = fields[field].trim().toLowerCase();
    const first = seen.get(key);
    if (first) errors[field] = [`Must differ from ${first}.`];
    else seen.set(key, field);
  }
  return errors;
}

function assertDistinctOptions(fields: QuestionFields) {
  const errors = duplicateOptionErrors(fields);
  if (Object.keys(errors).length > 0) throw new Invalid("All four options must differ.", errors);
}

async function usersById(ctx: Context, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map<string, UserRow>();
  const rows = await ctx.db.select().from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((row) => [row.id, row]));
}

async function toItems(ctx: Context, rows: QuestionRow[]): Promise<QuestionItem[]> {
  const people = await usersById(
    ctx,
    rows.flatMap((row) => [row.createdById, row.updatedById]),
  );
  const ref = (id: string | null) => {
    const user = id ? people.get(id) : undefined;
    return staffRef(user);
  };
  return rows.map((row) => ({
    ...questionContent(row),
    created_at: row.createdAt.toISOString(),
    created_by: ref(row.createdById),
    updated_at: row.updatedAt.toISOString(),
    updated_by: ref(row.updatedById),
  }));
}

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

/** A question that exists and is not archived, or 404. */
export async function loadQuestion(ctx: Context, id: number): Promise<QuestionRow> {
  const [row] = await ctx.db
    .select()
    .from(questions)
    .where(and(eq(questions.id, id), eq(questions.isArchived, false)))
    .limit(1);
  if (!row) throw new NotFound("Question not found.");
  return row;
}

export async function getQuestion({ ctx, input }: { ctx: Context; input: { id: number } }) {
  const [item] = await toItems(ctx, [await loadQuestion(ctx, input.id)]);
  return item!;
}

const columnsOf = (fields: Partial<QuestionFields>) => ({
  ...(fields.text !== undefined ? { text: fields.text } : {}),
  ...(fields.option_a !== undefined ? { optionA: fields.option_a } : {}),
  ...(fields.option_b !== undefined ? { optionB: fields.option_b } : {}),
  ...(fields.option_c !== undefined ? { optionC: fields.option_c } : {}),
  ...(fields.option_d !== undefined ? { optionD: fields.option_d } : {}),
  ...(fields.correct_answer !== undefined ? { correctAnswer: fields.correct_answer } : {}),
  ...(fields.difficulty !== undefined ? { difficulty: fields.difficulty } : {}),
});

export async function createQuestion({ ctx, input }: { ctx: Context; input: QuestionFields }) {
  assertDistinctOptions(input);
  const now = ctx.clock.now();
  const actorId = ctx.actor.user?.id ?? null;
  const [row] = await ctx.db
    .insert(questions)
    .values({
      text: input.text,
      optionA: input.option_a,
      optionB: input.option_b,
      optionC: input.option_c,
      optionD: input.option_d,
      correctAnswer: input.correct_answer,
      difficulty: input.difficulty,
      createdById: actorId,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  const [item] = await toItems(ctx, [row!]);
  return item!;
}

/**
 * PUT (all fields) or PATCH (any). A change of correct_answer publishes
 * `question/answer.corrected` in the same transaction, so affected attempts are rescored.
 */
export async function updateQuestion({
  ctx,
  input,
}: {
  ctx: Context;
  input: { id: number; fields: z.output<typeof questionPatch> };
}) {
  const row = await ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const current = await loadQuestion(txCtx, input.id);
    const merged: QuestionFields = {
      text: input.fields.text ?? current.text,
      option_a: input.fields.option_a ?? current.optionA,
      option_b: input.fields.option_b ?? current.optionB,
      option_c: input.fields.option_c ?? current.optionC,
      option_d: input.fields.option_d ?? current.optionD,
      correct_answer: input.fields.correct_answer ?? current.correctAnswer,
      difficulty: input.fields.difficulty ?? current.difficulty,
    };
    assertDistinctOptions(merged);
    const [updated] = await tx
      .update(questions)
      .set({
        ...columnsOf(input.fields),
        updatedById: ctx.actor.user?.id ?? null,
        updatedAt: ctx.clock.now(),
      })
      .where(eq(questions.id, input.id))
      .returning();
    if (merged.correct_answer !== current.correctAnswer) {
      await publishEvent(tx, {
        name: "question/answer.corrected",
        data: { questionId: input.id },
      });
    }
    return updated!;
  });
  const [item] = await toItems(ctx, [row]);
  return item!;
}

/**
 * Archive the live questions among `ids` in one transaction and return the ids archived. Archived
 * questions leave score denominators (CONTRACT §4), so for each one that sits in an exam the
 * rescoring event `question/answer.corrected` is published too: submitted attempts of its exams
 * are rescored without it.
 */
export async function archiveQuestions(ctx: Context, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const archived = await tx
      .update(questions)
      .set({
        isArchived: true,
        archivedAt: now,
        updatedAt: now,
        updatedById: ctx.actor.user?.id ?? null,
      })
      .where(and(inArray(questions.id, ids), eq(questions.isArchived, false)))
      .returning({ id: questions.id });
    const archivedIds = archived.map((row) => row.id);
    if (archivedIds.length > 0) {
      const linked = await tx
        .selectDistinct({ questionId: examQuestions.questionId })
        .from(examQuestions)
        .where(inArray(examQuestions.questionId, archivedIds));
      for (const { questionId } of linked)
        await publishEvent(tx, { name: "question/answer.corrected", data: { questionId } });
    }
    return new Set(archivedIds);
  });
}

/** DELETE archives: the question leaves lists, pool counts, take-exam and denominators. */
export async function archiveQuestion({ ctx, input }: { ctx: Context; input: { id: number } }) {
  const archived = await archiveQuestions(ctx, [input.id]);
  if (archived.size === 0) throw new NotFound("Question not found.");
}
