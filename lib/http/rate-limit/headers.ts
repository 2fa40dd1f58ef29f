// The wire format of a decision (CONTRACT §7): X-RateLimit-* on every limited response, plus
// Retry-After and the DRF-style body on a 429.
import type { RateLimitDecision } from "./types";

export type ThrottledBody = { detail: string; code: "throttle_exceeded" };

export function rateLimitHeaders(decision: RateLimitDecision): Record<string, string> {
  const headers: Record<string, string> = {
    "X-RateLimit-Limit": String(decision.limit),
    "X-RateLimit-Remaining": String(decision.remaining),
    "X-RateLimit-Reset": String(decision.resetSeconds),
  };
  if (!decision.allowed) headers["Retry-After"] = String(Math.max(1, decision.retryAfterSeconds));
  return headers;
}

export function throttledBody(decision: RateLimitDecision): ThrottledBody {
  const seconds = Math.max(1, decision.retryAfterSeconds);
  return {
    detail: `Request was throttled. Expected available in ${seconds} seconds.`,
    code: "throttle_exceeded",
  };
}
