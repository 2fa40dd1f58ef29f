// The RateLimiter built on a WindowStore: checks every window of a policy concurrently, combines
// them (decision.ts) and applies the outage policy (fail-open.ts): a window whose backend call
// fails is reported and left out; if no window could be checked, the request is allowed with
// `bypass: "unavailable"`. A malformed policy is a programming error and throws.
import { getClock } from "@/lib/context";
import { bypassDecision, decide } from "./decision";
import type { BackendErrorReporter } from "./fail-open";
import { assertValidPolicy } from "./window";
import type {
  RateLimitDecision,
  RateLimiter,
  RatePolicy,
  WindowResult,
  WindowStore,
} from "./types";

export function createWindowedLimiter(
  store: WindowStore,
  onBackendError: BackendErrorReporter,
): RateLimiter {
  return {
    async check(policy: RatePolicy, identifier: string): Promise<RateLimitDecision> {
      assertValidPolicy(policy);
      const settled = await Promise.allSettled(
        policy.windows.map((window) => store.hit(policy, window, identifier)),
      );
      const nowMs = store.now();
      const results: WindowResult[] = [];
      for (const outcome of settled) {
        if (outcome.status === "fulfilled") results.push(outcome.value);
        else onBackendError(outcome.reason);
      }
      return results.length > 0
        ? decide(results, nowMs)
        : bypassDecision(policy, nowMs, "unavailable");
    },
    close: () => store.close(),
  };
}

/** RATE_LIMIT_ENABLED=false: every request is allowed, marked `bypass: "disabled"`. */
export function createDisabledRateLimiter(
  now: () => number = () => getClock().now().getTime(),
): RateLimiter {
  return {
    async check(policy: RatePolicy): Promise<RateLimitDecision> {
      assertValidPolicy(policy);
      return bypassDecision(policy, now(), "disabled");
    },
    async close() {},
  };
}
