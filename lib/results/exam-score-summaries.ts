// How many scores each exam has and their average: the staff exam list's columns and the
// average_score of an exam's representation. One grouped query for any number of exams.
import { avg, count, inArray } from "drizzle-orm";
import { examScores } from "@/db/schema";
import type { Context } from "@/lib/context";
import { round2 } from "@/lib/exams/shape";

export type ExamScoreSummary = {
  scores: number;
  /** null while no score has been recorded. */
  average: number | null;
};

/** The summary of each named exam that has scores; an exam without any is not in the map. */
export async function examScoreSummaries(
  ctx: Context,
  examIds: number[],
): Promise<Map<number, ExamScoreSummary>> {
  if (examIds.length === 0) return new Map();
  const rows = await ctx.db
    .select({ examId: examScores.examId, value: count(), average: avg(examScores.score) })
    .from(examScores)
    .where(inArray(examScores.examId, examIds))
    .groupBy(examScores.examId);
  return new Map(
    rows.map((row) => [
      row.examId,
      { scores: row.value, average: row.average == null ? null : round2(Number(row.average)) },
    ]),
  );
}
