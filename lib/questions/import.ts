// CSV import of questions: validate every row, preview the valid ones, and (commit=true) insert
// them all in one transaction — or none at all when any row is broken.
// Rows are numbered 1.. over the data records (header excluded, blank lines not counted).
import { questions } from "@/db/schema";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { Invalid } from "@/lib/errors";
import { safeParseInput } from "@/lib/http/parse-input";
import { parseCsv } from "./csv";
import { questionFieldNames } from "./field-names";
import { duplicateOptionErrors } from "./question-items";
import { questionFields, type QuestionFields } from "./schemas";

/** The columns a file's header must name, in any order. */
export const csvColumns = questionFieldNames;

export const maxImportRows = 5000;
const previewSize = 20;

export type RowError = { row: number; field: string; message: string };

export type ImportOutcome = {
  rows: number;
  valid: number;
  errors: RowError[];
  preview: QuestionFields[];
  created: number;
};

const invalidCsv = (detail: string) => new Invalid(detail, { csv: [detail] }, "invalid_csv");

/** Parse and check a CSV; throws 400 invalid_csv when the file itself is unusable. */
export function checkCsv(source: string): {
  rows: number;
  errors: RowError[];
  valid: QuestionFields[];
} {
  const records = parseCsv(source);
  const [header, ...data] = records;
  if (!header) throw invalidCsv("The CSV is empty.");
  const names = header.map((name) => name.trim().toLowerCase());
  const missing = csvColumns.filter((column) => !names.includes(column));
  if (missing.length > 0) throw invalidCsv(`Missing column(s): ${missing.join(", ")}.`);
  const duplicated = csvColumns.filter(
    (column) => names.indexOf(column) !== names.lastIndexOf(column),
  );
  if (duplicated.length > 0) throw invalidCsv(`Repeated column(s): ${duplicated.join(", ")}.`);
  if (data.length > maxImportRows) throw invalidCsv(`At most ${maxImportRows} rows per import.`);
  const errors: RowError[] = [];
  const valid: QuestionFields[] = [];
  data.forEach((record, position) => {
    const row = position + 1;
    if (record.length !== names.length) {
      errors.push({
        row,
        field: "row",
        message: `Expected ${names.length} fields, found ${record.length}.`,
      });
      return;
    }
    const raw: Record<string, string> = {};
    for (const column of csvColumns) raw[column] = record[names.indexOf(column)]!;
    const parsed = safeParseInput(questionFields, {
      ...raw,
      correct_answer: raw.correct_answer!.trim().toUpperCase(),
      difficulty: raw.difficulty!.trim().toLowerCase(),
    });
    if (!parsed.success) {
      for (const [field, messages] of Object.entries(parsed.errors))
        for (const message of messages)
          errors.push({ row, field: field === "non_field_errors" ? "row" : field, message });
      return;
    }
    const duplicates = duplicateOptionErrors(parsed.data);
    const fields = Object.keys(duplicates);
    if (fields.length > 0) {
      for (const field of fields) errors.push({ row, field, message: duplicates[field]![0]! });
      return;
    }
    valid.push(parsed.data);
  });
  return { rows: data.length, errors, valid };
}

export async function importQuestions({
  ctx,
  input,
}: {
  ctx: Context;
  input: { csv: string; commit: boolean };
}): Promise<ImportOutcome> {
  requirePermission(ctx, "questions:manage");
  const { rows, errors, valid } = checkCsv(input.csv);
  const outcome: ImportOutcome = {
    rows,
    valid: valid.length,
    errors,
    preview: valid.slice(0, previewSize),
    created: 0,
  };
  if (!input.commit || errors.length > 0 || valid.length === 0) return outcome;
  const now = ctx.clock.now();
  const actorId = ctx.actor.user?.id ?? null;
  await ctx.db.transaction(async (tx) => {
    for (let start = 0; start < valid.length; start += 500) {
      await tx.insert(questions).values(
        valid.slice(start, start + 500).map((fields) => ({
          text: fields.text,
          optionA: fields.option_a,
          optionB: fields.option_b,
          optionC: fields.option_c,
          optionD: fields.option_d,
          correctAnswer: fields.correct_answer,
          difficulty: fields.difficulty,
          createdById: actorId,
          createdAt: now,
          updatedAt: now,
        })),
      );
    }
  });
  return { ...outcome, created: valid.length };
}
