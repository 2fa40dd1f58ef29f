// The vocabulary of the rate-limit port (CONTRACT §7). Everything here is backend-neutral: the
// memory store, the Redis (ioredis adapter) store and the Upstash REST store all produce the same
// `RateLimitDecision` for the same sequence of calls.

/** One fixed window: at most `limit` requests per `windowSeconds` (aligned to the UTC epoch). */
export type RateWindow = { limit: number; windowSeconds: number };

/**
 * A named set of windows checked together, e.g. `authenticated` = 10/1 s + 50/10 s + 200/60 s.
 * The name is part of the storage key, so two policies never share counters.
 */
export type RatePolicy = { name: string; windows: RateWindow[] };

/**
 * Why a decision was not enforced: the limiter is switched off (`RATE_LIMIT_ENABLED=false`) or
 * the backend could not be reached (fail-open, see limiter.ts).
 */
export type RateLimitBypass = "disabled" | "unavailable";

/**
 * The outcome of one check, combining every window of the policy: a request denied by any window
 * is denied; the headers describe the most restrictive window (see decision.ts).
 */
export type RateLimitDecision = {
  allowed: boolean;
  /** The limit of the deciding window (X-RateLimit-Limit). */
  limit: number;
  /** Requests left in the deciding window after this one (X-RateLimit-Remaining). */
  remaining: number;
  /** UTC epoch SECONDS when the deciding window resets (X-RateLimit-Reset). */
  resetSeconds: number;
  /** Whole seconds until the request may succeed; 0 when allowed (Retry-After). */
  retryAfterSeconds: number;
  /** Set only when nothing was enforced; callers may omit the X-RateLimit headers then. */
  bypass?: RateLimitBypass;
};

export interface RateLimiter {
  /** Counts one request for `identifier` against every window of `policy` and decides. */
  check(policy: RatePolicy, identifier: string): Promise<RateLimitDecision>;
  /** Releases connections and timers (tests, shutdown). */
  close(): Promise<void>;
}

/** What a store reports for one window after counting one request. */
export type WindowResult = {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Epoch MILLISECONDS when this window's current bucket ends. */
  resetMs: number;
};

/** A backend: counts one request in one window. Implemented by memory-store.ts and upstash-store.ts. */
export interface WindowStore {
  hit(policy: RatePolicy, window: RateWindow, identifier: string): Promise<WindowResult>;
  /** The clock the store's window arithmetic uses (epoch ms). */
  now(): number;
  close(): Promise<void>;
}

export type RateLimiterOptions =
  | { backend: "memory" }
  | { backend: "redis"; url: string; prefix?: string }
  | { backend: "upstash"; url: string; token: string; prefix?: string };
