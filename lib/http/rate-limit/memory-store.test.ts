import { describe, expect, it } from "vitest";
import { MemoryWindowStore } from "./memory-store";
import type { RatePolicy, RateWindow } from "./types";

// 2030-01-01T00:00:00Z, a multiple of every window used here (1 s, 10 s, 60 s, 1 day).
const T0 = Date.UTC(2030, 0, 1);

function clockAt(start: number) {
  const clock = { ms: start, now: () => clock.ms, advance: (ms: number) => void (clock.ms += ms) };
  return clock;
}

const perMinute: RateWindow = { limit: 3, windowSeconds: 60 };
const policy: RatePolicy = { name: "test", windows: [perMinute] };

describe("MemoryWindowStore", () => {
  it("allows `limit` requests per window, then denies, with reset at the end of the bucket", () => {
    const clock = clockAt(T0 + 15_000);
    const store = new MemoryWindowStore({ now: clock.now });
    const results = [1, 2, 3, 4, 5].map(() => store.hitNow(policy, perMinute, "a"));
    expect(results.map((r) => [r.allowed, r.remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
      [false, 0],
      [false, 0],
    ]);
    for (const result of results) {
      expect(result.limit).toBe(3);
      expect(result.resetMs).toBe(T0 + 60_000);
    }
  });

  it("starts a fresh count exactly when the epoch-aligned bucket ends", () => {
    const clock = clockAt(T0 + 59_000);
    const store = new MemoryWindowStore({ now: clock.now });
    for (let i = 0; i < 3; i++) store.hitNow(policy, perMinute, "a");
    expect(store.hitNow(policy, perMinute, "a").allowed).toBe(false);

    clock.advance(999); // T0 + 59.999 s: same bucket
    expect(store.hitNow(policy, perMinute, "a").allowed).toBe(false);

    clock.advance(1); // T0 + 60 s: next bucket
    const fresh = store.hitNow(policy, perMinute, "a");
    expect(fresh).toEqual({ allowed: true, limit: 3, remaining: 2, resetMs: T0 + 120_000 });
  });

  it("keeps separate counters per identifier, per window and per policy", () => {
    const store = new MemoryWindowStore({ now: () => T0 });
    const perHour: RateWindow = { limit: 3, windowSeconds: 3600 };
    const other: RatePolicy = { name: "other", windows: [perMinute] };
    for (let i = 0; i < 3; i++) store.hitNow(policy, perMinute, "a");
    expect(store.hitNow(policy, perMinute, "a").allowed).toBe(false);
    expect(store.hitNow(policy, perMinute, "b").remaining).toBe(2);
    expect(store.hitNow(policy, perHour, "a").remaining).toBe(2);
    expect(store.hitNow(other, perMinute, "a").remaining).toBe(2);
  });

  it("counts denied attempts too (like Redis INCR), which does not change the denied window's answer", () => {
    const clock = clockAt(T0);
    const store = new MemoryWindowStore({ now: clock.now });
    for (let i = 0; i < 10; i++) store.hitNow(policy, perMinute, "a");
    clock.advance(60_000);
    expect(store.hitNow(policy, perMinute, "a").remaining).toBe(2);
  });

  it("treats a clock moved backwards as a new bucket", () => {
    const clock = clockAt(T0 + 120_000);
    const store = new MemoryWindowStore({ now: clock.now });
    for (let i = 0; i < 3; i++) store.hitNow(policy, perMinute, "a");
    clock.advance(-120_000);
    expect(store.hitNow(policy, perMinute, "a")).toEqual({
      allowed: true,
      limit: 3,
      remaining: 2,
      resetMs: T0 + 60_000,
    });
  });

  it("sweeps counters whose bucket has ended, at most every sweepEveryMs", () => {
    const clock = clockAt(T0);
    const store = new MemoryWindowStore({ now: clock.now, sweepEveryMs: 10_000 });
    const perSecond: RateWindow = { limit: 5, windowSeconds: 1 };
    for (let i = 0; i < 100; i++) store.hitNow(policy, perSecond, `ip-${i}`);
    expect(store.size).toBe(100);

    clock.advance(5_000); // buckets ended, but no sweep is due yet
    store.hitNow(policy, perSecond, "late");
    expect(store.size).toBe(101);

    clock.advance(5_000); // sweep due: only the live counter remains
    store.hitNow(policy, perSecond, "later");
    expect(store.size).toBe(1);
  });

  it("never holds more than maxKeys counters (oldest bucket start forgotten first)", () => {
    const store = new MemoryWindowStore({ now: () => T0, maxKeys: 3 });
    for (const id of ["a", "b", "c", "d"]) store.hitNow(policy, perMinute, id);
    expect(store.size).toBe(3);
    // "a" was evicted: it starts over; "d" kept its count.
    expect(store.hitNow(policy, perMinute, "d").remaining).toBe(1);
    expect(store.hitNow(policy, perMinute, "a").remaining).toBe(2);
    expect(store.size).toBe(3);
  });

  it("uses the app clock by default", async () => {
    const { useClock } = await import("@/lib/context");
    useClock({ now: () => new Date(T0 + 30_000) });
    try {
      const store = new MemoryWindowStore();
      expect((await store.hit(policy, perMinute, "a")).resetMs).toBe(T0 + 60_000);
    } finally {
      useClock(undefined);
    }
  });

  it("close() forgets everything", async () => {
    const store = new MemoryWindowStore({ now: () => T0 });
    store.hitNow(policy, perMinute, "a");
    await store.close();
    expect(store.size).toBe(0);
  });
});
