// Hand-computed examples. Five candidates, three questions (1 = right):
//   C1 1 1 1 (3)   C2 1 1 0 (2)   C3 1 0 0 (1)   C4 0 1 0 (1)   C5 0 0 0 (0)
// Totals 3, 2, 1, 1, 0: n = 5, Σt = 7, Σt² = 15, mean 1.4, variance 15/5 − 1.4² = 1.04.
// Question 1 (C1–C3 right): rest scores 2, 1, 0, 1, 0; cov = 3/5 − 0.6·0.8 = 0.12,
//   var(x) = 0.24, var(rest) = 6/5 − 0.64 = 0.56, r = 0.12 / √(0.24·0.56) = 0.327327.
// Question 3 (C1 right): rest 2, 2, 1, 1, 0; cov = 2/5 − 0.2·1.2 = 0.16, var(x) = 0.16,
//   var(rest) = 0.56, r = 0.16 / √(0.16·0.56) = 0.534522.
// KR-20 = 3/2 · (1 − (0.24 + 0.24 + 0.16) / 1.04) = 0.576923.
import { describe, expect, it } from "vitest";
import {
  correlationFromSums,
  extremeGroupSize,
  facility,
  histogram10,
  itemFlags,
  itemRestCorrelation,
  kr20,
  meanAndSd,
  quantile,
  upperLowerIndex,
} from "./statistics";

const totals = { n: 5, sumTotal: 7, sumTotalSquares: 15 };

describe("score description", () => {
  it("gives mean and population standard deviation from sums", () => {
    const { mean, sd } = meanAndSd(5, 7, 15);
    expect(mean.value).toBeCloseTo(1.4, 10);
    expect(sd.value).toBeCloseTo(Math.sqrt(1.04), 10);
    expect(meanAndSd(0, 0, 0).mean).toEqual({ value: null, reason: "No attempts yet." });
    expect(meanAndSd(1, 80, 6400).sd.value).toBe(0);
  });

  it("interpolates quantiles as percentile_cont does", () => {
    expect(quantile([1, 2, 3, 4], 0.5).value).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.25).value).toBe(1.75);
    expect(quantile([1, 2, 3, 4], 0.75).value).toBe(3.25);
    expect(quantile([7], 0.25).value).toBe(7);
    expect(quantile([], 0.5)).toEqual({ value: null, reason: "No attempts yet." });
  });

  it("bins scores by ten points, 100 in the last bin", () => {
    const bins = histogram10([0, 9.99, 10, 55, 100, 99.5]);
    expect(bins.map((bin) => bin.count)).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 2]);
    expect(bins[9]).toEqual({ from: 90, to: 100, count: 2 });
    expect(histogram10([]).every((bin) => bin.count === 0)).toBe(true);
  });
});

describe("item statistics", () => {
  it("facility is the share right", () => {
    expect(facility(3, 5).value).toBe(0.6);
    expect(facility(0, 0).value).toBeNull();
  });

  it("correlates each item with the rest of the score (point-biserial)", () => {
    const q1 = itemRestCorrelation({ ...totals, correct: 3, sumTotalOfCorrect: 6 });
    expect(q1.value).toBeCloseTo(0.327327, 6);
    const q3 = itemRestCorrelation({ ...totals, correct: 1, sumTotalOfCorrect: 3 });
    expect(q3.value).toBeCloseTo(0.534522, 6);
  });

  it("agrees with a direct Pearson correlation of the same pairs", () => {
    const x = [1, 1, 1, 0, 0];
    const y = [2, 1, 0, 1, 0];
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    const r = correlationFromSums({
      n: 5,
      sx: sum(x),
      sy: sum(y),
      sxx: sum(x.map((v) => v * v)),
      syy: sum(y.map((v) => v * v)),
      sxy: sum(x.map((v, i) => v * y[i]!)),
    });
    expect(r.value).toBeCloseTo(0.327327, 6);
  });

  it("has no correlation when everybody or nobody is right, or with one candidate", () => {
    const everybody = itemRestCorrelation({ ...totals, correct: 5, sumTotalOfCorrect: 7 });
    expect(everybody).toEqual({ value: null, reason: "Everyone answered this question alike." });
    const nobody = itemRestCorrelation({ ...totals, correct: 0, sumTotalOfCorrect: 0 });
    expect(nobody.value).toBeNull();
    const one = itemRestCorrelation({
      n: 1,
      correct: 1,
      sumTotal: 3,
      sumTotalSquares: 9,
      sumTotalOfCorrect: 3,
    });
    expect(one).toEqual({ value: null, reason: "Needs at least two candidates." });
    // Everyone has the same rest score: two candidates, one right on this item only.
    const flatRest = itemRestCorrelation({
      n: 2,
      correct: 1,
      sumTotal: 3,
      sumTotalSquares: 5,
      sumTotalOfCorrect: 2,
    });
    expect(flatRest.reason).toMatch(/same score on the rest/);
  });

  it("takes 27 % of candidates, at least one, as each extreme group", () => {
    expect(extremeGroupSize(5)).toBe(1);
    expect(extremeGroupSize(100)).toBe(27);
    expect(extremeGroupSize(1)).toBe(0);
    expect(upperLowerIndex({ groupSize: 1, upperCorrect: 1, lowerCorrect: 0 }).value).toBe(1);
    expect(upperLowerIndex({ groupSize: 27, upperCorrect: 9, lowerCorrect: 18 }).value).toBeCloseTo(
      -1 / 3,
      10,
    );
    expect(upperLowerIndex({ groupSize: 0, upperCorrect: 0, lowerCorrect: 0 }).value).toBeNull();
  });
});

describe("KR-20", () => {
  it("matches the hand-computed reliability", () => {
    expect(kr20({ k: 3, n: 5, sumPQ: 0.64, totalVariance: 1.04 }).value).toBeCloseTo(0.576923, 6);
  });

  it("does not exist for identical totals, one question or one candidate", () => {
    expect(kr20({ k: 3, n: 5, sumPQ: 0, totalVariance: 0 }).reason).toMatch(/same total/);
    expect(kr20({ k: 1, n: 5, sumPQ: 0.24, totalVariance: 0.24 }).reason).toMatch(/two questions/);
    expect(kr20({ k: 3, n: 1, sumPQ: 0, totalVariance: 0 }).reason).toMatch(/two candidates/);
  });
});

describe("flags", () => {
  const base = {
    facility: { value: 0.5, reason: null },
    discrimination: { value: 0.3, reason: null },
    key: "A" as const,
    counts: { A: 10, B: 4, C: 3, D: 3 },
    upperGroupCounts: { A: 5, B: 1, C: 0, D: 0 },
  };

  it("raises nothing on a sound question", () => {
    expect(itemFlags(base)).toEqual([]);
  });

  it("flags too easy, too hard and negative discrimination at the thresholds", () => {
    expect(itemFlags({ ...base, facility: { value: 0.91, reason: null } })).toContain("too_easy");
    expect(itemFlags({ ...base, facility: { value: 0.9, reason: null } })).not.toContain(
      "too_easy",
    );
    expect(itemFlags({ ...base, facility: { value: 0.19, reason: null } })).toContain("too_hard");
    expect(itemFlags({ ...base, facility: { value: 0.2, reason: null } })).not.toContain(
      "too_hard",
    );
    expect(itemFlags({ ...base, discrimination: { value: -0.01, reason: null } })).toContain(
      "negative_discrimination",
    );
    expect(
      itemFlags({ ...base, discrimination: { value: null, reason: "Everyone answered alike." } }),
    ).toEqual([]);
  });

  it("flags a distractor nobody chose, and one the top group prefers to the key", () => {
    expect(itemFlags({ ...base, counts: { A: 10, B: 0, C: 3, D: 3 } })).toContain(
      "unused_distractor",
    );
    expect(itemFlags({ ...base, upperGroupCounts: { A: 2, B: 3, C: 0, D: 0 } })).toContain(
      "distractor_beats_key_in_top_group",
    );
    // Nobody answered at all: nothing to say about distractors.
    expect(itemFlags({ ...base, counts: { A: 0, B: 0, C: 0, D: 0 } })).not.toContain(
      "unused_distractor",
    );
  });
});
