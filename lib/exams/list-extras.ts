// What the staff exam list shows beyond GET /exams/'s items: each exam's timing, whether it is
// active, how many attempts were started, and how many scores were recorded with their average.
// A fixed number of queries for a whole page of exams.
import { and, count, inArray, isNull } from "drizzle-orm";
import { examAttempts, exams } from "@/db/schema";
import type { Context } from "@/lib/context";
import { examScoreSummaries } from "@/lib/results/exam-score-summaries";

export type ExamListExtras = {
  id: number;
  countdown_minutes: number;
  open_duration_hours: number;
  is_active: boolean;
  attempts: number;
  scores: number;
  /** null while no score has been recorded. */
  average_score: number | null;
};

/** Extras of the named (non-deleted) exams, in the order of `ids`; unknown ids are left out. */
export async function examListExtras({
  ctx,
  input,
}: {
  ctx: Context;
  input: { ids: number[] };
}): Promise<ExamListExtras[]> {
  const ids = [...new Set(input.ids)];
  if (ids.length === 0) return [];
  const [rows, attempts, scores] = await Promise.all([
    ctx.db
      .select({
        id: exams.id,
        countdownMinutes: exams.countdownMinutes,
        openDurationHours: exams.openDurationHours,
        isActive: exams.isActive,
      })
      .from(exams)
      .where(and(inArray(exams.id, ids), isNull(exams.deletedAt))),
    ctx.db
      .select({ examId: examAttempts.examId, value: count() })
      .from(examAttempts)
      .where(inArray(examAttempts.examId, ids))
      .groupBy(examAttempts.examId),
    examScoreSummaries(ctx, ids),
  ]);
  const attemptsBy = new Map(attempts.map((row) => [row.examId, row.value]));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const score = scores.get(id);
    return [
      {
        id,
        countdown_minutes: row.countdownMinutes,
        open_duration_hours: row.openDurationHours,
        is_active: row.isActive,
        attempts: attemptsBy.get(id) ?? 0,
        scores: score?.scores ?? 0,
        average_score: score?.average ?? null,
      },
    ];
  });
}
