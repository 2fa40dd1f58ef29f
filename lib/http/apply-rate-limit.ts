// Step 1b: spend one request from the caller's bucket, record the headers, refuse with 429.
import { Throttled } from "@/lib/errors";
import { getRateLimiter, getRatePolicies, rateLimitHeaders } from "./rate-limit";

/**
 * "default" picks the anonymous policy for callers known only by address and the authenticated
 * one otherwise; "none" is for health and docs; "login" and "exam" are the contract's own buckets.
 */
export type RateLimitKind = "default" | "anonymous" | "authenticated" | "login" | "exam" | "none";

export async function applyRateLimit(
  kind: RateLimitKind,
  identifier: string,
  headers: Record<string, string>,
): Promise<void> {
  if (kind === "none") return;
  const policies = getRatePolicies();
  const policy =
    kind === "default"
      ? identifier.startsWith("ip:")
        ? policies.anonymous
        : policies.authenticated
      : policies[kind];
  const decision = await getRateLimiter().check(policy, identifier);
  if (decision.bypass === "disabled") return;
  const previousRemaining = Number(headers["X-RateLimit-Remaining"] ?? Infinity);
  // When several buckets apply, the headers describe the tightest one.
  if (!decision.allowed || decision.remaining <= previousRemaining) {
    Object.assign(headers, rateLimitHeaders(decision));
  }
  if (!decision.allowed)
    throw new Throttled(decision.retryAfterSeconds, rateLimitHeaders(decision));
}
