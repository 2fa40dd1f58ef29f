// An exam's score distribution as vertical bars by 10-point range (the UI kit's Recharts bar
// chart, loaded only here); every bar is labelled with its count; the chart's text alternative
// says every count, and the same numbers open as a table.
import { ChartNumbers } from "@/components/ui/chart-numbers";
import { LazyBarChart } from "@/components/ui/lazy-bar-chart";
import { describeBuckets, type ScoreBucket } from "./histogram";

/** `buckets`: scoreBuckets(scores), or an analysis's histogram through labelledBuckets. */
export function ScoreChart({ buckets }: { buckets: ScoreBucket[] }) {
  const summary = describeBuckets(buckets);
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4" data-testid="score-chart">
      <figcaption className="text-sm font-semibold">Score distribution</figcaption>
      <div className="mt-3">
        <LazyBarChart
          data={buckets.map((bucket) => ({ label: bucket.label, value: bucket.count }))}
          description={`Score distribution: ${summary}`}
          orientation="columns"
          valueName="Candidates"
          height={220}
        />
      </div>
      <ChartNumbers
        caption="Scores by 10-point range"
        headers={["Range", "Candidates"]}
        rows={buckets.map((bucket) => ({ key: bucket.label, cells: [bucket.label, bucket.count] }))}
      />
    </figure>
  );
}
