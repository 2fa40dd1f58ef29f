import { afterEach, describe, expect, it } from "vitest";
import {
  createDisabledRateLimiter,
  getRateLimiter,
  getRatePolicies,
  useRateLimiter,
} from "./index";

describe("getRateLimiter", () => {
  afterEach(async () => {
    await getRateLimiter().close();
    useRateLimiter(undefined);
  });

  it("is created once and memoised on globalThis", () => {
    const first = getRateLimiter();
    expect(getRateLimiter()).toBe(first);
    expect(Object.getOwnPropertySymbols(globalThis).map(String)).toContain(
      "Symbol(competition-platform.rate-limit)",
    );
  });

  it("can be replaced (tests) and rebuilt from env", async () => {
    const replacement = createDisabledRateLimiter();
    useRateLimiter(replacement);
    expect(getRateLimiter()).toBe(replacement);
    useRateLimiter(undefined);
    expect(getRateLimiter()).not.toBe(replacement);
  });
});

describe("getRatePolicies", () => {
  it("returns the four contract policies", () => {
    expect(Object.keys(getRatePolicies()).sort()).toEqual([
      "anonymous",
      "authenticated",
      "exam",
      "login",
    ]);
  });
});
