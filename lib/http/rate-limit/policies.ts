// The four policies of CONTRACT §7, built from lib/env.ts. Identifiers are the caller's business
// (see index.ts for the suggested scheme); policies only say how many, per how long.
import type { Env } from "@/lib/env";
import type { RatePolicy } from "./types";

export type RateLimitEnv = Pick<
  Env,
  | "RATE_LIMIT_ANON_PER_MINUTE"
  | "RATE_LIMIT_ANON_PER_DAY"
  | "RATE_LIMIT_LOGIN_PER_MINUTE"
  | "RATE_LIMIT_USER_PER_SECOND"
  | "RATE_LIMIT_USER_PER_10_SECONDS"
  | "RATE_LIMIT_USER_PER_MINUTE"
  | "RATE_LIMIT_EXAM_PER_10_SECONDS"
>;

export type RatePolicies = {
  /** Unauthenticated requests, per IP (health and docs are not limited at all). */
  anonymous: RatePolicy;
  /** Login and OTP endpoints, checked once per IP and once per email. */
  login: RatePolicy;
  /** Authenticated users and API keys, per user / per key. */
  authenticated: RatePolicy;
  /** take-exam, answers and submit, per attempt, instead of `authenticated`. */
  exam: RatePolicy;
};

export function policiesFromEnv(env: RateLimitEnv): RatePolicies {
  return {
    anonymous: {
      name: "anonymous",
      windows: [
        { limit: env.RATE_LIMIT_ANON_PER_MINUTE, windowSeconds: 60 },
        { limit: env.RATE_LIMIT_ANON_PER_DAY, windowSeconds: 86_400 },
      ],
    },
    login: {
      name: "login",
      windows: [{ limit: env.RATE_LIMIT_LOGIN_PER_MINUTE, windowSeconds: 60 }],
    },
    authenticated: {
      name: "authenticated",
      windows: [
        { limit: env.RATE_LIMIT_USER_PER_SECOND, windowSeconds: 1 },
        { limit: env.RATE_LIMIT_USER_PER_10_SECONDS, windowSeconds: 10 },
        { limit: env.RATE_LIMIT_USER_PER_MINUTE, windowSeconds: 60 },
      ],
    },
    exam: {
      name: "exam",
      windows: [{ limit: env.RATE_LIMIT_EXAM_PER_10_SECONDS, windowSeconds: 10 }],
    },
  };
}
