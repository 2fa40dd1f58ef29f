import { describe, expect, it } from "vitest";
import { describeBuckets, scoreBuckets } from "./histogram";

describe("scoreBuckets", () => {
  it("puts scores in ten 10-point buckets, 100 in the last", () => {
    const buckets = scoreBuckets([0, 9.99, 10, 55.5, 80, 85, 90, 100]);
    expect(buckets.map((bucket) => bucket.label)).toEqual([
      "0–9",
      "10–19",
      "20–29",
      "30–39",
      "40–49",
      "50–59",
      "60–69",
      "70–79",
      "80–89",
      "90–100",
    ]);
    expect(buckets.map((bucket) => bucket.count)).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 2, 2]);
    expect(buckets[9]).toMatchObject({ from: 90, to: 100 });
  });

  it("keeps out-of-range scores in the end buckets and ignores non-numbers", () => {
    const buckets = scoreBuckets([-3, 104, Number.NaN]);
    expect(buckets[0]!.count).toBe(1);
    expect(buckets[9]!.count).toBe(1);
    expect(buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(2);
  });

  it("is ten empty buckets for no scores", () => {
    expect(scoreBuckets([]).every((bucket) => bucket.count === 0)).toBe(true);
  });
});

describe("describeBuckets", () => {
  it("says the total and every bucket", () => {
    const text = describeBuckets(scoreBuckets([85, 60]));
    expect(text).toMatch(/^2 scores by 10-point range\. 0–9: 0, /);
    expect(text).toContain("60–69: 1");
    expect(text).toContain("80–89: 1");
    expect(describeBuckets(scoreBuckets([50]))).toMatch(/^1 score /);
  });
});
