import { describe, expect, it } from "vitest";
import { policiesFromEnv } from "./policies";
import { assertValidPolicy } from "./window";

const contractDefaults = {
  RATE_LIMIT_ANON_PER_MINUTE: 5,
  RATE_LIMIT_ANON_PER_DAY: 60,
  RATE_LIMIT_LOGIN_PER_MINUTE: 5,
  RATE_LIMIT_USER_PER_SECOND: 10,
  RATE_LIMIT_USER_PER_10_SECONDS: 50,
  RATE_LIMIT_USER_PER_MINUTE: 200,
  RATE_LIMIT_EXAM_PER_10_SECONDS: 100,
};

describe("policiesFromEnv", () => {
  it("maps the contract's numbers onto windows", () => {
    expect(policiesFromEnv(contractDefaults)).toEqual({
      anonymous: {
        name: "anonymous",
        windows: [
          { limit: 5, windowSeconds: 60 },
          { limit: 60, windowSeconds: 86_400 },
        ],
      },
      login: { name: "login", windows: [{ limit: 5, windowSeconds: 60 }] },
      authenticated: {
        name: "authenticated",
        windows: [
          { limit: 10, windowSeconds: 1 },
          { limit: 50, windowSeconds: 10 },
          { limit: 200, windowSeconds: 60 },
        ],
      },
      exam: { name: "exam", windows: [{ limit: 100, windowSeconds: 10 }] },
    });
  });

  it("produces valid policies with distinct names", () => {
    const policies = Object.values(policiesFromEnv(contractDefaults));
    for (const policy of policies) expect(() => assertValidPolicy(policy)).not.toThrow();
    expect(new Set(policies.map((p) => p.name)).size).toBe(policies.length);
  });

  it("matches lib/env.ts defaults", async () => {
    const { env } = await import("@/lib/env");
    const policies = policiesFromEnv(env);
    expect(policies.authenticated.windows.map((w) => w.windowSeconds)).toEqual([1, 10, 60]);
  });
});
