import { describe, expect, it } from "vitest";
import { percentScore, timeUsedSeconds } from "./score-attempt";

describe("percentScore", () => {
  it("is 100 × correct ÷ total rounded to 2 decimals", () => {
    expect(percentScore(1, 3)).toBe(33.33);
    expect(percentScore(2, 3)).toBe(66.67);
    expect(percentScore(1, 8)).toBe(12.5);
    expect(percentScore(7, 7)).toBe(100);
    expect(percentScore(0, 5)).toBe(0);
    expect(percentScore(1, 200)).toBe(0.5);
  });

  it("is 0 for an exam without questions", () => {
    expect(percentScore(0, 0)).toBe(0);
  });
});

describe("timeUsedSeconds", () => {
  it("is submitted − started in whole seconds, never negative", () => {
    const start = new Date("2026-06-01T10:00:00Z");
    expect(timeUsedSeconds(start, new Date("2026-06-01T10:12:00.400Z"))).toBe(720);
    expect(timeUsedSeconds(start, new Date("2026-06-01T10:12:00.600Z"))).toBe(721);
    expect(timeUsedSeconds(start, new Date("2026-06-01T09:59:00Z"))).toBe(0);
  });
});
