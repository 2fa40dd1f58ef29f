// Score distribution of an exam's results as the chart shows it: ten 10-point buckets
// (lib/analytics/statistics.ts counts them) with their labels, and the sentence that stands in for
// the chart for screen readers.
import { histogram10 } from "@/lib/analytics/statistics";

export type ScoreBucket = { from: number; to: number; label: string; count: number };

/** Labels for the ten counts: 0–9, 10–19 … 90–100. */
export function labelledBuckets(bins: { from: number; count: number }[]): ScoreBucket[] {
  return bins.map((bin) => ({
    from: bin.from,
    to: bin.from === 90 ? 100 : bin.from + 9,
    label: bin.from === 90 ? "90–100" : `${bin.from}–${bin.from + 9}`,
    count: bin.count,
  }));
}

/** Ten buckets 0–9, 10–19 … 90–100; scores outside 0–100 fall in the nearest end bucket. */
export function scoreBuckets(scores: number[]): ScoreBucket[] {
  return labelledBuckets(histogram10(scores));
}

/** "4 scores. 0–9: 0, …, 80–89: 2, 90–100: 1." — the chart's text alternative. */
export function describeBuckets(buckets: ScoreBucket[]): string {
  const total = buckets.reduce((sum, bucket) => sum + bucket.count, 0);
  const parts = buckets.map((bucket) => `${bucket.label}: ${bucket.count}`).join(", ");
  return `${total} ${total === 1 ? "score" : "scores"} by 10-point range. ${parts}.`;
}
