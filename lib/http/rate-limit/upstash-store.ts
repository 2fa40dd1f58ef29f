// The Redis-backed store: @upstash/ratelimit's `fixedWindow` per (policy, window), over either the
// Upstash REST client or the ioredis adapter (redis-adapter.ts). Keys look like
//   <prefix>:<policy>:<seconds>s:<identifier>:<bucket>
// and expire with their window (the library's PEXPIRE on first increment).
//
// Why fixed window rather than the library's slidingWindow: the contract promises
// X-RateLimit-Reset = when the window resets and "Expected available in N seconds"; with a fixed
// window both are exact (the counter really is empty at that instant), while the sliding
// approximation can still deny after its reported reset. Boundary bursts are contained by the
// multi-window policies (e.g. 10/1 s + 50/10 s + 200/60 s).
//
// The library's ephemeral cache is kept (bounded): once a window denies an identifier, further
// requests in that bucket are denied in-process without a Redis round trip. With a fixed window
// this is invisible in the results (the denied window reports remaining 0 until its reset either
// way).
import { Ratelimit } from "@upstash/ratelimit";
import { BoundedMap } from "@/lib/bounded-map";
import type { RatelimitRedis } from "./redis-adapter";
import type { RatePolicy, RateWindow, WindowResult, WindowStore } from "./types";

export class RateLimitTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`Rate-limit backend did not answer within ${timeoutMs} ms.`);
    this.name = "RateLimitTimeoutError";
  }
}

export type UpstashStoreOptions = {
  redis: RatelimitRedis;
  /** Key prefix; unique per deployment (and per test run). */
  prefix: string;
  /** After this, the library gives up on Redis; we treat that as an outage (fail open). */
  timeoutMs?: number;
  /** Entries per window in the in-process "blocked until" cache. */
  ephemeralCacheSize?: number;
  /** Releases the underlying client. */
  onClose?: () => Promise<void>;
};

export class UpstashWindowStore implements WindowStore {
  private readonly limiters = new Map<string, Ratelimit>();
  private readonly timeoutMs: number;

  constructor(private readonly options: UpstashStoreOptions) {
    this.timeoutMs = options.timeoutMs ?? 1_000;
  }

  /** @upstash/ratelimit computes buckets from Date.now(); decisions must use the same clock. */
  now(): number {
    return Date.now();
  }

  async hit(policy: RatePolicy, window: RateWindow, identifier: string): Promise<WindowResult> {
    const response = await this.limiterFor(policy, window).limit(identifier);
    // On timeout the library answers success=true with limit 0 — that is not a real decision.
    if (response.reason === "timeout") throw new RateLimitTimeoutError(this.timeoutMs);
    return {
      allowed: response.success,
      limit: response.limit,
      remaining: response.remaining,
      resetMs: response.reset,
    };
  }

  async close(): Promise<void> {
    this.limiters.clear();
    await this.options.onClose?.();
  }

  private limiterFor(policy: RatePolicy, window: RateWindow): Ratelimit {
    const cacheKey = `${policy.name}\u0000${window.limit}\u0000${window.windowSeconds}`;
    let limiter = this.limiters.get(cacheKey);
    if (!limiter) {
      limiter = new Ratelimit({
        redis: this.options.redis,
        limiter: Ratelimit.fixedWindow(window.limit, `${window.windowSeconds} s`),
        prefix: `${this.options.prefix}:${policy.name}:${window.windowSeconds}s`,
        timeout: this.timeoutMs,
        analytics: false,
        ephemeralCache: new BoundedMap<string, number>(this.options.ephemeralCacheSize ?? 10_000),
      });
      this.limiters.set(cacheKey, limiter);
    }
    return limiter;
  }
}
