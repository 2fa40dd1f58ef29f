// An exam's results as CSV or Excel (export-results-xlsx.ts), one row per candidate — rank (the
// leaderboard rule: CONTRACT §9), name, email, score, time used, submitted at, then each live
// question's answer — produced a thousand rows at a time so that a large exam streams without being held in memory. Each page is
// one query: its rows come with their answers already in the columns' order (one array each),
// so no per-answer rows, keys or lookups pass through the server (bench/analytics: 20,000 × 50).
import { and, asc, eq, sql } from "drizzle-orm";
import { examQuestions, questions } from "@/db/schema";
import { selectRows } from "@/db/rows";
import type { Context } from "@/lib/context";
import { requirePermissionOrScope } from "@/lib/auth/require-permission";
import { loadExam } from "@/lib/exams/load-exam";
import { positionOrder, rankOrder } from "@/lib/leaderboards/ranking";
import { resultsXlsx } from "./export-results-xlsx";

type ResultRow = {
  rank: number;
  candidateId: string;
  firstName: string;
  lastName: string;
  email: string;
  score: number;
  timeUsed: number | null;
  submittedAt: string | Date | null;
  /** The selected option per live question, in the header's order ("" for none); null if none. */
  answers: string[] | null;
};

/**
 * One page in leaderboard order, each row with its answers to `questionIds` (the live questions,
 * in column order) as one array — looked up for the page's rows only, after the limit.
 */
const resultPage = (examId: number, questionIds: string, limit: number, offset: number) => sql`
  select r.rank, r.candidate_id as "candidateId", r.first_name as "firstName",
    r.last_name as "lastName", r.email, r.score::float8 as score, r.time_used as "timeUsed",
    r.submitted_at as "submittedAt",
    (select array_agg(coalesce(ans.selected_option, '') order by q.n)
      from unnest(${questionIds}::int[]) with ordinality as q(id, n)
      left join attempt_answers ans
        on ans.attempt_id = r.attempt_id and ans.question_id = q.id) as answers
  from (
    select rank() over (order by ${rankOrder})::int as rank, r.*
    from (
      select s.candidate_id, u.first_name, u.last_name, u.email, s.score, s.attempt_id,
        coalesce(s.time_used_seconds,
          floor(extract(epoch from a.submitted_at - a.started_at))::int) as time_used,
        coalesce(a.submitted_at, s.recorded_at) as submitted_at
      from exam_scores s
      join users u on u.id = s.candidate_id and u.deleted_at is null
      left join exam_attempts a on a.id = s.attempt_id
      where s.exam_id = ${examId}
    ) r
    order by ${positionOrder}
    limit ${limit} offset ${offset}
  ) r
  order by ${positionOrder}`;

/** A cell a spreadsheet would read as a formula ("=…", "+…", "-…", "@…") is kept as text. */
export const textCell = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** One candidate's row: rank, names, email, score, seconds used, submitted at, each answer. */
export type ResultCells = [
  rank: number,
  firstName: string,
  lastName: string,
  email: string,
  score: number,
  timeUsedSeconds: number | null,
  submittedAt: Date | null,
  ...answers: string[],
];

/**
 * The results as a header and batches of rows (typed values, for CSV and Excel alike), read
 * `batchSize` candidates at a time in leaderboard order.
 */
export async function resultTable(ctx: Context, examId: number, batchSize = 1000) {
  const live = await ctx.db
    .select({ id: questions.id })
    .from(examQuestions)
    .innerJoin(questions, eq(questions.id, examQuestions.questionId))
    .where(and(eq(examQuestions.examId, examId), eq(questions.isArchived, false)))
    .orderBy(asc(examQuestions.position), asc(examQuestions.questionId));
  // The live questions as a Postgres array literal: the answers' order in every row.
  const questionIds = `{${live.map((question) => question.id).join(",")}}`;
  const header = [
    "rank",
    "first_name",
    "last_name",
    "email",
    "score",
    "time_used_seconds",
    "submitted_at",
    ...live.map((_, index) => `q${index + 1}`),
  ];
  async function* batches(): AsyncGenerator<ResultCells[]> {
    for (let offset = 0; ; offset += batchSize) {
      const page = await selectRows<ResultRow>(
        ctx.db,
        resultPage(examId, questionIds, batchSize, offset),
      );
      if (page.length === 0) return;
      yield page.map((row): ResultCells => [
        row.rank,
        row.firstName,
        row.lastName,
        row.email,
        Math.round(row.score * 100) / 100,
        row.timeUsed,
        row.submittedAt ? new Date(row.submittedAt) : null,
        ...(row.answers ?? []),
      ]);
      if (page.length < batchSize) return;
    }
  }
  return { header, batches: batches() };
}

/**
 * One CSV field as csv-stringify writes it with its defaults (as the question analysis's export
 * does): a field is quoted when it holds a comma, a double quote or a line break, with its quotes
 * doubled; a number as JavaScript prints it. Written here because csv-stringify allocates several
 * objects per field: hundreds of MB of garbage for 20,000 rows × 57 fields, which the server's
 * heap grew by before collecting it (bench/analytics).
 */
const csvField = (cell: string | number): string => {
  const text = typeof cell === "string" ? cell : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** The CSV in chunks: the header line, then up to `batchSize` rows per chunk. */
export async function* resultsCsv(
  ctx: Context,
  examId: number,
  batchSize = 1000,
): AsyncGenerator<string> {
  const { header, batches } = await resultTable(ctx, examId, batchSize);
  yield `${header.map(csvField).join(",")}\n`;
  for await (const batch of batches) {
    const lines = batch.map((row) => {
      const [rank, first, last, email, score, time, submittedAt] = row;
      const fields = [
        csvField(rank),
        csvField(textCell(first)),
        csvField(textCell(last)),
        csvField(textCell(email)),
        csvField(score),
        csvField(time ?? ""),
        submittedAt ? submittedAt.toISOString() : "",
      ];
      for (let i = 7; i < row.length; i++) fields.push(csvField(row[i] as string));
      return fields.join(",");
    });
    yield `${lines.join("\n")}\n`;
  }
}

/**
 * GET /exams/{id}/results/export/ (admin+ or a results:read key): the file's name, type and
 * chunks, as CSV or (`format: "xlsx"`) an Excel workbook.
 */
export async function exportExamResults({
  ctx,
  input,
}: {
  ctx: Context;
  input: { id: number; format: "csv" | "xlsx" };
}) {
  requirePermissionOrScope(ctx, "exams:manage", "results:read");
  const exam = await loadExam(ctx, input.id);
  return input.format === "xlsx"
    ? {
        filename: `exam-${exam.id}-results.xlsx`,
        contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        chunks: resultsXlsx(ctx, exam.id),
      }
    : {
        filename: `exam-${exam.id}-results.csv`,
        contentType: "text/csv; charset=utf-8",
        chunks: resultsCsv(ctx, exam.id),
      };
}
