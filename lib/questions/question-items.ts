// What the question operations share: loading a live question, its JSON item (with who created
// and last changed it), the distinct-options rule, and the columns a question's fields set.
import { and, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import { questions, users } from "@/db/schema";
import type { Context } from "@/lib/context";
import { staffRef } from "@/lib/people/staff-ref";
import { questionContent } from "./question-content";
import { Invalid, NotFound, type FieldErrors } from "@/lib/errors";
import { optionFields, type QuestionFields, type questionItem } from "./schemas";

export type QuestionRow = typeof questions.$inferSelect;

export type UserRow = typeof users.$inferSelect;

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

export function assertDistinctOptions(fields: QuestionFields) {
  const errors = duplicateOptionErrors(fields);
  if (Object.keys(errors).length > 0) throw new Invalid("All four options must differ.", errors);
}

export async function usersById(ctx: Context, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map<string, UserRow>();
  const rows = await ctx.db.select().from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((row) => [row.id, row]));
}

export async function toItems(ctx: Context, rows: QuestionRow[]): Promise<QuestionItem[]> {
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

export const columnsOf = (fields: Partial<QuestionFields>) => ({
  ...(fields.text !== undefined ? { text: fields.text } : {}),
  ...(fields.option_a !== undefined ? { optionA: fields.option_a } : {}),
  ...(fields.option_b !== undefined ? { optionB: fields.option_b } : {}),
  ...(fields.option_c !== undefined ? { optionC: fields.option_c } : {}),
  ...(fields.option_d !== undefined ? { optionD: fields.option_d } : {}),
  ...(fields.correct_answer !== undefined ? { correctAnswer: fields.correct_answer } : {}),
  ...(fields.difficulty !== undefined ? { difficulty: fields.difficulty } : {}),
});
