import { describe, expect, it } from "vitest";
import { backoffDelayMs, dayLongBackoff, durationMs, retryDelayMs } from "./duration";

describe("durationMs", () => {
  it("reads numbers as milliseconds and unit strings", () => {
    expect(durationMs(250)).toBe(250);
    expect(durationMs("30s")).toBe(30_000);
    expect(durationMs("5m")).toBe(300_000);
    expect(durationMs("2h")).toBe(7_200_000);
    expect(durationMs("1d")).toBe(86_400_000);
    expect(durationMs("1.5s")).toBe(1_500);
  });

  it("refuses what it cannot read", () => {
    expect(() => durationMs("soon" as never)).toThrow(/Unrecognised duration/);
  });
});

describe("retryDelayMs", () => {
  it("doubles per attempt within ±25% jitter and caps at ten minutes", () => {
    expect(retryDelayMs(1, () => 0.5)).toBe(1_000);
    expect(retryDelayMs(3, () => 0.5)).toBe(4_000);
    expect(retryDelayMs(2, () => 0)).toBe(1_500);
    expect(retryDelayMs(2, () => 1)).toBe(2_500);
    expect(retryDelayMs(30, () => 0.5)).toBe(600_000);
  });
});

describe("backoffDelayMs", () => {
  it("follows a function's list (the last entry repeats) or its function, else the default", () => {
    expect(backoffDelayMs(["1m", "5m"], 1)).toBe(60_000);
    expect(backoffDelayMs(["1m", "5m"], 2)).toBe(300_000);
    expect(backoffDelayMs(["1m", "5m"], 7)).toBe(300_000);
    expect(backoffDelayMs((retry) => `${retry * 10}s`, 3)).toBe(30_000);
    const fallback = backoffDelayMs(undefined, 1);
    expect(fallback).toBeGreaterThanOrEqual(750);
    expect(fallback).toBeLessThanOrEqual(1_250);
  });

  it("spreads a webhook's ten retries over a little more than a day", () => {
    const total = dayLongBackoff.reduce(
      (sum, _, index) => sum + backoffDelayMs(dayLongBackoff, index + 1),
      0,
    );
    expect(total).toBeGreaterThan(24 * 3_600_000);
    expect(total).toBeLessThan(26 * 3_600_000);
  });
});
