// Rate limiting for the REST API (CONTRACT §7).
//
// Algorithm: FIXED WINDOW, epoch-aligned, on every backend (@upstash/ratelimit `fixedWindow` on
// Redis/Upstash; the same arithmetic in memory-store.ts). Every attempt counts in every window of
// its policy; the most restrictive window decides (decision.ts). Backend outages fail open
// (fail-open.ts).
//
// Backend, chosen once from env (lib/env.ts `services.rateLimit`):
//   upstash  UPSTASH_REDIS_REST_URL + UPSTASH_REDIS_REST_TOKEN  (@upstash/redis REST client)
//   redis    REDIS_URL                                          (ioredis, via redis-adapter.ts)
//   memory   neither                                            (per process)
// RATE_LIMIT_ENABLED=false replaces all of them with a limiter that always allows.
//
// Suggested identifiers (the caller's choice; keep them stable and free of secrets):
//   anonymous      `ip:<ip>`
//   login / OTP    `ip:<ip>` and `email:<lower-cased email>` (checkRateLimit with both)
//   authenticated  `user:<userId>` or `apikey:<apiKeyId>`
//   exam           `attempt:<attemptId>`
import { env, services } from "@/lib/env";
import { createRateLimiter } from "./create";
import { createDisabledRateLimiter } from "./limiter";
import { policiesFromEnv, type RatePolicies } from "./policies";
import type { RateLimiter } from "./types";

export type {
  RateLimitBypass,
  RateLimitDecision,
  RateLimiter,
  RateLimiterOptions,
  RatePolicy,
  RateWindow,
} from "./types";
export { createRateLimiter, DEFAULT_RATE_LIMIT_PREFIX, type RateLimiterTuning } from "./create";
export { createDisabledRateLimiter } from "./limiter";
export { policiesFromEnv, type RatePolicies, type RateLimitEnv } from "./policies";
export { rateLimitHeaders, throttledBody, type ThrottledBody } from "./headers";
export { mergeDecisions } from "./decision";
export { checkRateLimit } from "./check-many";

const globalKey = Symbol.for("competition-platform.rate-limit");
type RateLimitGlobals = { limiter?: RateLimiter; policies?: RatePolicies };

function globals(): RateLimitGlobals {
  const holder = globalThis as unknown as Record<symbol, RateLimitGlobals | undefined>;
  return (holder[globalKey] ??= {});
}

function limiterFromEnv(): RateLimiter {
  if (!env.RATE_LIMIT_ENABLED) return createDisabledRateLimiter();
  switch (services.rateLimit) {
    case "upstash":
      return createRateLimiter({
        backend: "upstash",
        url: env.UPSTASH_REDIS_REST_URL as string,
        token: env.UPSTASH_REDIS_REST_TOKEN as string,
      });
    case "redis":
      return createRateLimiter({ backend: "redis", url: env.REDIS_URL as string });
    case "memory":
      return createRateLimiter({ backend: "memory" });
  }
}

/** The process-wide limiter, created on first use and memoised on globalThis (survives HMR). */
export function getRateLimiter(): RateLimiter {
  const state = globals();
  return (state.limiter ??= limiterFromEnv());
}

/**
 * Replaces the process-wide limiter (tests); `undefined` makes the next getRateLimiter() build a
 * fresh one from env. The previous limiter is not closed — the caller owns it.
 */
export function useRateLimiter(limiter: RateLimiter | undefined): void {
  globals().limiter = limiter;
}

/** The contract's policies with this process's env numbers. */
export function getRatePolicies(): RatePolicies {
  const state = globals();
  return (state.policies ??= policiesFromEnv(env));
}
