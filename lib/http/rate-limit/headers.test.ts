import { describe, expect, it } from "vitest";
import { rateLimitHeaders, throttledBody } from "./headers";

describe("rateLimitHeaders", () => {
  it("an allowed decision carries the three X-RateLimit headers and no Retry-After", () => {
    expect(
      rateLimitHeaders({
        allowed: true,
        limit: 10,
        remaining: 7,
        resetSeconds: 1_893_456_060,
        retryAfterSeconds: 0,
      }),
    ).toEqual({
      "X-RateLimit-Limit": "10",
      "X-RateLimit-Remaining": "7",
      "X-RateLimit-Reset": "1893456060",
    });
  });

  it("a denied decision adds Retry-After", () => {
    expect(
      rateLimitHeaders({
        allowed: false,
        limit: 5,
        remaining: 0,
        resetSeconds: 1_893_456_060,
        retryAfterSeconds: 42,
      }),
    ).toEqual({
      "X-RateLimit-Limit": "5",
      "X-RateLimit-Remaining": "0",
      "X-RateLimit-Reset": "1893456060",
      "Retry-After": "42",
    });
  });
});

describe("throttledBody", () => {
  it("is the contract's 429 body", () => {
    expect(
      throttledBody({
        allowed: false,
        limit: 5,
        remaining: 0,
        resetSeconds: 1,
        retryAfterSeconds: 42,
      }),
    ).toEqual({
      detail: "Request was throttled. Expected available in 42 seconds.",
      code: "throttle_exceeded",
    });
  });

  it("never promises 0 seconds", () => {
    expect(
      throttledBody({
        allowed: false,
        limit: 5,
        remaining: 0,
        resetSeconds: 1,
        retryAfterSeconds: 0,
      }).detail,
    ).toBe("Request was throttled. Expected available in 1 seconds.");
  });
});
