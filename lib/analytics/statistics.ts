// The formulas of item analysis (issue 16; Moodle's quiz statistics are the model), as pure
// functions of the sums SQL aggregates over stored answers, so that the queries stay aggregates
// and every formula is unit-tested against hand-computed values. Where a statistic does not exist
// (one candidate, zero variance, everybody right) the result is `{ value: null, reason }`, never a
// division by zero or NaN.
//
// Conventions: variances are population variances (divide by n), as in KR-20's usual form;
// quantiles interpolate linearly between order statistics (Postgres' percentile_cont).

export type Statistic = { value: number; reason: null } | { value: null; reason: string };

const some = (value: number): Statistic => ({ value, reason: null });
const none = (reason: string): Statistic => ({ value: null, reason });

/** Sums over n pairs (x, y): what SQL's sum() gives in one pass. */
export type PairSums = { n: number; sx: number; sy: number; sxx: number; syy: number; sxy: number };

/** Population variance from n, Σx and Σx² (never negative from rounding). */
export function varianceFromSums(n: number, sum: number, sumSquares: number): number | null {
  if (n < 1) return null;
  return Math.max(0, sumSquares / n - (sum / n) ** 2);
}

export function meanAndSd(n: number, sum: number, sumSquares: number) {
  const variance = varianceFromSums(n, sum, sumSquares);
  return {
    mean: n < 1 ? none("No attempts yet.") : some(sum / n),
    sd: variance === null ? none("No attempts yet.") : some(Math.sqrt(variance)),
  };
}

/** Pearson's r from sums; with a 0/1 x it is the point-biserial correlation. */
export function correlationFromSums(s: PairSums): Statistic {
  if (s.n < 2) return none("Needs at least two candidates.");
  const covariance = s.sxy / s.n - (s.sx / s.n) * (s.sy / s.n);
  const vx = varianceFromSums(s.n, s.sx, s.sxx)!;
  const vy = varianceFromSums(s.n, s.sy, s.syy)!;
  // Below this the variance is rounding noise: everyone alike.
  const epsilon = 1e-12;
  if (vx < epsilon) return none("Everyone answered this question alike.");
  if (vy < epsilon) return none("Everyone has the same score on the rest of the exam.");
  return some(Math.max(-1, Math.min(1, covariance / Math.sqrt(vx * vy))));
}

/**
 * Point-biserial correlation of an item with the rest of the score (the total without this item,
 * so the item does not correlate with itself). Per candidate: x = 1 if right, y = total − x. From
 * n, Σx (right answers), Σt and Σt² of the totals, and Σ(x·t) (the totals of those who got it right).
 */
export function itemRestCorrelation(input: {
  n: number;
  correct: number;
  sumTotal: number;
  sumTotalSquares: number;
  sumTotalOfCorrect: number;
}): Statistic {
  const { n, correct, sumTotal, sumTotalSquares, sumTotalOfCorrect } = input;
  // y = t − x: Σy = Σt − Σx; Σy² = Σt² − 2Σxt + Σx (x² = x); Σxy = Σxt − Σx.
  return correlationFromSums({
    n,
    sx: correct,
    sxx: correct,
    sy: sumTotal - correct,
    syy: sumTotalSquares - 2 * sumTotalOfCorrect + correct,
    sxy: sumTotalOfCorrect - correct,
  });
}

export function facility(correct: number, n: number): Statistic {
  return n < 1 ? none("No attempts yet.") : some(correct / n);
}

/** How many candidates make each of the upper and lower groups (27 %, at least one). */
export function extremeGroupSize(n: number): number {
  return n < 2 ? 0 : Math.max(1, Math.round(n * 0.27));
}

/** Upper-minus-lower index: share right in the top 27 % by total score minus the bottom 27 %. */
export function upperLowerIndex(input: {
  groupSize: number;
  upperCorrect: number;
  lowerCorrect: number;
}): Statistic {
  if (input.groupSize < 1) return none("Needs at least two candidates.");
  return some((input.upperCorrect - input.lowerCorrect) / input.groupSize);
}

/**
 * KR-20 reliability for k right/wrong items: (k / (k − 1)) · (1 − Σ p·q / σ²), with p each item's
 * facility, q = 1 − p and σ² the variance of the total scores (in items).
 */
export function kr20(input: {
  k: number;
  n: number;
  sumPQ: number;
  totalVariance: number;
}): Statistic {
  if (input.n < 2) return none("Needs at least two candidates.");
  if (input.k < 2) return none("Needs at least two questions.");
  if (input.totalVariance < 1e-12) return none("Every candidate has the same total score.");
  return some((input.k / (input.k - 1)) * (1 - input.sumPQ / input.totalVariance));
}

/** The q-quantile (0..1) of sorted values, interpolated as Postgres' percentile_cont does. */
export function quantile(sorted: readonly number[], q: number): Statistic {
  if (sorted.length === 0) return none("No attempts yet.");
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const fraction = position - below;
  return some(sorted[below]! + (sorted[above]! - sorted[below]!) * fraction);
}

/**
 * Counts of scores (0–100) in ten bins of 10 points; 100 falls in the last bin, scores outside
 * 0–100 in the nearest end bin, and what is not a number in none.
 */
export function histogram10(scores: readonly number[]) {
  const counts = new Array<number>(10).fill(0);
  for (const score of scores) {
    if (!Number.isFinite(score)) continue;
    const bin = Math.min(9, Math.max(0, Math.floor(score / 10)));
    counts[bin] = counts[bin]! + 1;
  }
  return counts.map((count, index) => ({
    from: index * 10,
    to: index === 9 ? 100 : index * 10 + 10,
    count,
  }));
}

export type OptionCounts = Record<"A" | "B" | "C" | "D", number>;

export type ItemFlag =
  | "too_easy"
  | "too_hard"
  | "negative_discrimination"
  | "unused_distractor"
  | "distractor_beats_key_in_top_group";

/** The flags staff see on a question, from its statistics and its options' counts. */
export function itemFlags(input: {
  facility: Statistic;
  discrimination: Statistic;
  key: keyof OptionCounts;
  counts: OptionCounts;
  upperGroupCounts: OptionCounts;
}): ItemFlag[] {
  const flags: ItemFlag[] = [];
  const p = input.facility.value;
  if (p !== null && p > 0.9) flags.push("too_easy");
  if (p !== null && p < 0.2) flags.push("too_hard");
  if (input.discrimination.value !== null && input.discrimination.value < 0) {
    flags.push("negative_discrimination");
  }
  const distractors = (Object.keys(input.counts) as (keyof OptionCounts)[]).filter(
    (option) => option !== input.key,
  );
  const answered = Object.values(input.counts).some((count) => count > 0);
  if (answered && distractors.some((option) => input.counts[option] === 0)) {
    flags.push("unused_distractor");
  }
  const keyInTop = input.upperGroupCounts[input.key];
  if (distractors.some((option) => input.upperGroupCounts[option] > keyInTop)) {
    flags.push("distractor_beats_key_in_top_group");
  }
  return flags;
}
