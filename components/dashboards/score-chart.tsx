"use client";
// The candidate's scores over time as bars (oldest first), with every number in the description.
import { LazyBarChart } from "@/components/ui/lazy-bar-chart";

export function ScoreChart({ scores }: { scores: { exam_title: string; score: number }[] }) {
  const data = scores.map((row) => ({ label: row.exam_title, value: row.score }));
  return (
    <LazyBarChart
      data={data}
      orientation="rows"
      valueName="Score (%)"
      height={Math.max(120, data.length * 44)}
      labelWidth={180}
      description={`Your scores, oldest first: ${data
        .map((row) => `${row.label} ${row.value.toFixed(2)}%`)
        .join("; ")}.`}
    />
  );
}
