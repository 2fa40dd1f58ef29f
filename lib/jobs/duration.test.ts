import { describe, expect, it } from "vitest";
import { durationMs, retryDelayMs } from "./duration";

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
