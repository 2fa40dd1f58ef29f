// Score distribution of an exam's results: ten 10-point buckets (the last one takes 100 too) and
// the sentence that stands in for the chart for screen readers.

export type ScoreBucket = { from: number; to: number; label: string; count: number };

/** Ten buckets 0–9, 10–19 … 90–100; scores outside 0–100 fall in the nearest end bucket. */
export function scoreBuckets(scores: number[]): ScoreBucket[] {
  const buckets: ScoreBucket[] = Array.from({ length: 10 }, (_, index) => ({
    from: index * 10,
    to: index === 9 ? 100 : index * 10 + 9,
    label: index === 9 ? "90–100" : `${index * 10}–${index * 10 + 9}`,
    count: 0,
  }));
  for (const score of scores) {
    if (!Number.isFinite(score)) continue;
    const index = Math.min(9, Math.max(0, Math.floor(score / 10)));
    buckets[index]!.count += 1;
  }
  return buckets;
}

/** "4 scores. 0–9: 0, …, 80–89: 2, 90–100: 1." — the chart's text alternative. */
export function describeBuckets(buckets: ScoreBucket[]): string {
  const total = buckets.reduce((sum, bucket) => sum + bucket.count, 0);
  const parts = buckets.map((bucket) => `${bucket.label}: ${bucket.count}`).join(", ");
  return `${total} ${total === 1 ? "score" : "scores"} by 10-point range. ${parts}.`;
}
