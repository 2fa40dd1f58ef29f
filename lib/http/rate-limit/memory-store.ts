// In-process backend for the embedded default (no Redis configured). Same algorithm as the Redis
// path: @upstash/ratelimit's `fixedWindow` — one counter per (policy, window, identifier, bucket),
// incremented on EVERY attempt (like its INCRBY, denied attempts count too), allowed while
// count <= limit, reset at the end of the epoch-aligned bucket.
//
// Memory is bounded two ways: counters whose bucket has ended are swept at most every
// `sweepEveryMs`, and the map never holds more than `maxKeys` counters (the oldest bucket start is
// forgotten first — for that identifier this fails open, which is the same trade-off as the Redis
// outage policy). Per process only: several Node processes each count separately.
import { getClock } from "@/lib/context";
import { windowBucket } from "./window";
import type { RatePolicy, RateWindow, WindowResult, WindowStore } from "./types";

export type MemoryStoreOptions = {
  /** Epoch milliseconds. Defaults to the app clock (lib/context.ts `getClock`), so tests can move it. */
  now?: () => number;
  /** Hard cap on live counters. */
  maxKeys?: number;
  /** Minimum interval between sweeps of ended buckets. */
  sweepEveryMs?: number;
};

type Counter = { bucket: number; count: number; resetMs: number };

export class MemoryWindowStore implements WindowStore {
  readonly now: () => number;
  private readonly maxKeys: number;
  private readonly sweepEveryMs: number;
  private readonly counters = new Map<string, Counter>();
  private nextSweepAt = Number.NEGATIVE_INFINITY;

  constructor(options: MemoryStoreOptions = {}) {
    this.now = options.now ?? (() => getClock().now().getTime());
    this.maxKeys = options.maxKeys ?? 100_000;
    this.sweepEveryMs = options.sweepEveryMs ?? 10_000;
    if (!(this.maxKeys >= 1)) throw new Error("maxKeys must be at least 1.");
  }

  /** Number of counters held (for tests and diagnostics). */
  get size(): number {
    return this.counters.size;
  }

  async hit(policy: RatePolicy, window: RateWindow, identifier: string): Promise<WindowResult> {
    return this.hitNow(policy, window, identifier);
  }

  /** Synchronous core of `hit`. */
  hitNow(policy: RatePolicy, window: RateWindow, identifier: string): WindowResult {
    const nowMs = this.now();
    this.maybeSweep(nowMs);
    const { bucket, resetMs } = windowBucket(window, nowMs);
    const key = `${policy.name}:${window.windowSeconds}s:${identifier}`;

    let counter = this.counters.get(key);
    if (!counter || counter.bucket !== bucket) {
      // A new bucket (or a clock moved backwards): start over, re-inserted at the end of the map
      // so that insertion order stays "oldest bucket start first" for eviction.
      if (counter) this.counters.delete(key);
      counter = { bucket, count: 0, resetMs };
      this.evictIfFull();
      this.counters.set(key, counter);
    }
    counter.count += 1;

    return {
      allowed: counter.count <= window.limit,
      limit: window.limit,
      remaining: Math.max(0, window.limit - counter.count),
      resetMs,
    };
  }

  /** Drops every counter whose bucket has ended. */
  sweep(nowMs: number = this.now()): void {
    for (const [key, counter] of this.counters) {
      if (counter.resetMs <= nowMs) this.counters.delete(key);
    }
    this.nextSweepAt = nowMs + this.sweepEveryMs;
  }

  async close(): Promise<void> {
    this.counters.clear();
  }

  private maybeSweep(nowMs: number): void {
    // Also sweep when the clock went backwards (tests), so nextSweepAt cannot stall sweeping.
    if (nowMs >= this.nextSweepAt || nowMs < this.nextSweepAt - this.sweepEveryMs)
      this.sweep(nowMs);
  }

  private evictIfFull(): void {
    while (this.counters.size >= this.maxKeys) {
      const oldest = this.counters.keys().next();
      if (oldest.done) return;
      this.counters.delete(oldest.value);
    }
  }
}
