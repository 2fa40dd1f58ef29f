import { describe, expect, it } from "vitest";
import { bypassDecision, decide, mergeDecisions } from "./decision";
import type { RateLimitDecision, WindowResult } from "./types";

const NOW = Date.UTC(2030, 0, 1, 0, 0, 30, 250); // 00:00:30.250
const at = (iso: string) => Date.parse(iso);

const ok = (limit: number, remaining: number, resetMs: number): WindowResult => ({
  allowed: true,
  limit,
  remaining,
  resetMs,
});
const no = (limit: number, resetMs: number): WindowResult => ({
  allowed: false,
  limit,
  remaining: 0,
  resetMs,
});

describe("decide", () => {
  it("a single allowing window: its numbers, reset in epoch seconds, no retry", () => {
    expect(decide([ok(5, 4, at("2030-01-01T00:01:00Z"))], NOW)).toEqual({
      allowed: true,
      limit: 5,
      remaining: 4,
      resetSeconds: at("2030-01-01T00:01:00Z") / 1000,
      retryAfterSeconds: 0,
    });
  });

  it("when all allow, the window with the fewest remaining decides", () => {
    const decision = decide(
      [
        ok(10, 9, at("2030-01-01T00:00:31Z")),
        ok(50, 3, at("2030-01-01T00:00:40Z")),
        ok(200, 150, at("2030-01-01T00:01:00Z")),
      ],
      NOW,
    );
    expect(decision).toMatchObject({
      allowed: true,
      limit: 50,
      remaining: 3,
      resetSeconds: at("2030-01-01T00:00:40Z") / 1000,
    });
  });

  it("ties on remaining go to the window that resets last", () => {
    const decision = decide(
      [ok(5, 2, at("2030-01-01T00:01:00Z")), ok(60, 2, at("2030-01-02T00:00:00Z"))],
      NOW,
    );
    expect(decision).toMatchObject({ limit: 60, resetSeconds: at("2030-01-02T00:00:00Z") / 1000 });
  });

  it("one denying window denies; retry-after counts to its reset, rounded up", () => {
    const decision = decide(
      [ok(200, 100, at("2030-01-01T00:01:00Z")), no(10, at("2030-01-01T00:00:31Z"))],
      NOW,
    );
    expect(decision).toEqual({
      allowed: false,
      limit: 10,
      remaining: 0,
      resetSeconds: at("2030-01-01T00:00:31Z") / 1000,
      retryAfterSeconds: 1, // 0.75 s -> 1
    });
  });

  it("several denying windows: the one that resets last decides (the real wait)", () => {
    const decision = decide(
      [no(10, at("2030-01-01T00:00:31Z")), no(50, at("2030-01-01T00:00:40Z"))],
      NOW,
    );
    expect(decision).toMatchObject({
      allowed: false,
      limit: 50,
      resetSeconds: at("2030-01-01T00:00:40Z") / 1000,
      retryAfterSeconds: 10, // 9.75 s -> 10
    });
  });

  it("retry-after is at least 1 second", () => {
    expect(decide([no(1, NOW)], NOW).retryAfterSeconds).toBe(1);
  });

  it("rejects an empty list", () => {
    expect(() => decide([], NOW)).toThrow();
  });
});

describe("bypassDecision", () => {
  it("allows with the untouched numbers of the tightest window and the bypass reason", () => {
    const policy = {
      name: "anonymous",
      windows: [
        { limit: 5, windowSeconds: 60 },
        { limit: 60, windowSeconds: 86_400 },
      ],
    };
    expect(bypassDecision(policy, NOW, "unavailable")).toEqual({
      allowed: true,
      limit: 5,
      remaining: 5,
      resetSeconds: at("2030-01-01T00:01:00Z") / 1000,
      retryAfterSeconds: 0,
      bypass: "unavailable",
    });
  });
});

describe("mergeDecisions", () => {
  const allow = (remaining: number, resetSeconds = 100): RateLimitDecision => ({
    allowed: true,
    limit: 5,
    remaining,
    resetSeconds,
    retryAfterSeconds: 0,
  });
  const deny = (retryAfterSeconds: number, resetSeconds = 100): RateLimitDecision => ({
    allowed: false,
    limit: 5,
    remaining: 0,
    resetSeconds,
    retryAfterSeconds,
  });

  it("denied if any is denied, with the longest wait", () => {
    expect(mergeDecisions([allow(3), deny(5), deny(40, 140)])).toEqual(deny(40, 140));
  });

  it("allowed: the one with the fewest remaining", () => {
    expect(mergeDecisions([allow(3), allow(1), allow(4)])).toEqual(allow(1));
  });

  it("ignores bypassed decisions unless all are bypassed", () => {
    const bypassed: RateLimitDecision = { ...allow(0), bypass: "unavailable" };
    expect(mergeDecisions([bypassed, allow(2)])).toEqual(allow(2));
    expect(mergeDecisions([bypassed, bypassed])).toEqual(bypassed);
  });
});
