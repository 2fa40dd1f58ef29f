// Figures over a candidate's score rows (candidate-score-rows.ts, newest first): the sum, the
// average, the best and worst (each rounded to 2 places), and the latest score.
import { round2 } from "@/lib/exams/shape";
import type { candidateScoreRows } from "./candidate-score-rows";

type Row = Awaited<ReturnType<typeof candidateScoreRows>>[number];

export function scoreStats(rows: Row[]) {
  const values = rows.map((row) => round2(row.score.score));
  const total = round2(values.reduce((sum, value) => sum + value, 0));
  const latest = rows[0];
  return {
    count: values.length,
    total,
    average: values.length ? round2(total / values.length) : null,
    highest: values.length ? Math.max(...values) : null,
    lowest: values.length ? Math.min(...values) : null,
    latest: latest
      ? {
          score: round2(latest.score.score),
          exam_title: latest.exam.title,
          date: latest.score.recordedAt.toISOString(),
        }
      : null,
  };
}
