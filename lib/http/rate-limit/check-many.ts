// One policy, several identifiers, one decision — e.g. login/OTP, limited per IP AND per email.
// The identifiers are checked concurrently and each is counted (a request denied for its email
// still counts for its IP), then merged with the same rules as windows (decision.ts).
import { mergeDecisions } from "./decision";
import type { RateLimitDecision, RateLimiter, RatePolicy } from "./types";

export async function checkRateLimit(
  limiter: RateLimiter,
  policy: RatePolicy,
  identifiers: string[],
): Promise<RateLimitDecision> {
  const unique = [...new Set(identifiers)];
  if (unique.length === 0) throw new Error("checkRateLimit() needs at least one identifier.");
  return mergeDecisions(
    await Promise.all(unique.map((identifier) => limiter.check(policy, identifier))),
  );
}
