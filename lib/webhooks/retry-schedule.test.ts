import { describe, expect, it } from "vitest";
import { maxDeliveryAttempts, retryDelayAfter } from "./retry-schedule";

const minute = 60_000;

describe("retryDelayAfter", () => {
  it("grows ×3 from one minute, capped at six hours, without jitter at the midpoint", () => {
    const delays = Array.from({ length: maxDeliveryAttempts - 1 }, (_, i) =>
      retryDelayAfter(i + 1, () => 0.5),
    );
    expect(delays).toEqual([1, 3, 9, 27, 81, 243, 360, 360, 360].map((m) => m * minute));
  });

  it("spreads the ten attempts over about a day", () => {
    const total = Array.from({ length: maxDeliveryAttempts - 1 }, (_, i) =>
      retryDelayAfter(i + 1, () => 0.5)!,
    ).reduce((sum, delay) => sum + delay, 0);
    expect(total / 3_600_000).toBeCloseTo(24.07, 1);
  });

  it("jitters by ±20 %", () => {
    expect(retryDelayAfter(2, () => 0)).toBe(3 * minute * 0.8);
    expect(retryDelayAfter(2, () => 1)).toBe(3 * minute * 1.2);
  });

  it("has no retry after the last attempt", () => {
    expect(retryDelayAfter(maxDeliveryAttempts)).toBeNull();
    expect(retryDelayAfter(maxDeliveryAttempts + 1)).toBeNull();
  });
});
