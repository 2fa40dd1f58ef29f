// Combining per-window results into one decision (and several decisions into one, for endpoints
// limited on more than one identifier, e.g. login per IP and per email).
//
// Rules:
// - denied if any window denies; the deciding window is then the denying window that resets LAST
//   (the request can only succeed once every denying window has reset), so Retry-After is the
//   longest wait and X-RateLimit-* describe that window (remaining 0);
// - otherwise the deciding window is the one with the fewest requests remaining (ties: the one
//   that resets last, the more conservative hint).
import { windowBucket } from "./window";
import type { RateLimitBypass, RateLimitDecision, RatePolicy, WindowResult } from "./types";

const toSeconds = (ms: number) => Math.ceil(ms / 1000);

function retryAfter(resetMs: number, nowMs: number): number {
  return Math.max(1, toSeconds(resetMs - nowMs));
}

function pickDeciding(results: WindowResult[]): WindowResult {
  const denied = results.filter((result) => !result.allowed);
  if (denied.length > 0) {
    return denied.reduce((a, b) => (b.resetMs > a.resetMs ? b : a));
  }
  return results.reduce((a, b) =>
    b.remaining < a.remaining || (b.remaining === a.remaining && b.resetMs > a.resetMs) ? b : a,
  );
}

/** One decision from the results of every window of a policy, all counted at `nowMs`. */
export function decide(results: WindowResult[], nowMs: number): RateLimitDecision {
  if (results.length === 0) throw new Error("decide() needs at least one window result.");
  const deciding = pickDeciding(results);
  return {
    allowed: deciding.allowed,
    limit: deciding.limit,
    remaining: deciding.allowed ? Math.max(0, deciding.remaining) : 0,
    resetSeconds: toSeconds(deciding.resetMs),
    retryAfterSeconds: deciding.allowed ? 0 : retryAfter(deciding.resetMs, nowMs),
  };
}

/**
 * An "allow" that enforced nothing (limiter disabled, or backend unavailable). It still carries the
 * numbers of an untouched policy (full remaining, the current bucket's reset) so callers that do
 * send headers send plausible ones.
 */
export function bypassDecision(
  policy: RatePolicy,
  nowMs: number,
  bypass: RateLimitBypass,
): RateLimitDecision {
  const untouched = policy.windows.map((window) => ({
    allowed: true,
    limit: window.limit,
    remaining: window.limit,
    resetMs: windowBucket(window, nowMs).resetMs,
  }));
  return { ...decide(untouched, nowMs), bypass };
}

/**
 * Several decisions (one per identifier) into one, with the same rules as `decide`. Bypassed
 * decisions only count when every decision was bypassed.
 */
export function mergeDecisions(decisions: RateLimitDecision[]): RateLimitDecision {
  if (decisions.length === 0) throw new Error("mergeDecisions() needs at least one decision.");
  const enforced = decisions.filter((decision) => decision.bypass === undefined);
  const pool = enforced.length > 0 ? enforced : decisions;
  const denied = pool.filter((decision) => !decision.allowed);
  if (denied.length > 0) {
    return denied.reduce((a, b) =>
      b.retryAfterSeconds > a.retryAfterSeconds ||
      (b.retryAfterSeconds === a.retryAfterSeconds && b.resetSeconds > a.resetSeconds)
        ? b
        : a,
    );
  }
  return pool.reduce((a, b) =>
    b.remaining < a.remaining || (b.remaining === a.remaining && b.resetSeconds > a.resetSeconds)
      ? b
      : a,
  );
}
