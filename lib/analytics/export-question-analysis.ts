// GET /analytics/exams/{id}/questions/export/: the exam's question analysis as CSV, one row
// per live question in the exam's order — facility, both discrimination measures, each option's
// count with the key marked, no answers, and the flags — for a spreadsheet or the exam board.
// A statistic that does not exist is an empty cell, with its reason in the last column.
import { stringify } from "csv-stringify/sync";
import type { Context } from "@/lib/context";
import { getExamAnalysis } from "./get-exam-analysis";
import { textCell } from "./export-results";

const rounded = (value: number | null) =>
  value === null ? "" : Math.round(value * 10_000) / 10_000;

export async function exportQuestionAnalysis({
  ctx,
  input,
}: {
  ctx: Context;
  input: { id: number };
}): Promise<{ filename: string; csv: string }> {
  const analysis = await getExamAnalysis({ ctx, input });
  const header = [
    "position",
    "question_id",
    "question",
    "key",
    "attempts",
    "facility",
    "discrimination",
    "discrimination_index",
    "A",
    "B",
    "C",
    "D",
    "no_answer",
    "flags",
    "notes",
  ];
  const rows = analysis.questions.map((question, index) => [
    index + 1,
    question.question_id,
    textCell(question.text),
    question.correct_answer,
    question.attempts,
    rounded(question.facility.value),
    rounded(question.discrimination.value),
    rounded(question.discrimination_index.value),
    question.options.A.count,
    question.options.B.count,
    question.options.C.count,
    question.options.D.count,
    question.no_answer.count,
    question.flags.join(";"),
    [
      ...new Set(
        [question.facility, question.discrimination, question.discrimination_index].flatMap(
          (statistic) => (statistic.reason ? [statistic.reason] : []),
        ),
      ),
    ].join(" "),
  ]);
  return {
    filename: `exam-${analysis.exam.id}-question-analysis.csv`,
    csv: stringify([header, ...rows]),
  };
}
