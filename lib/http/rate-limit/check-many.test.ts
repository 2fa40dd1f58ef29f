import { describe, expect, it, vi } from "vitest";
import { checkRateLimit } from "./check-many";
import { createWindowedLimiter } from "./limiter";
import { MemoryWindowStore } from "./memory-store";

const T0 = Date.UTC(2030, 0, 1);
const login = { name: "login", windows: [{ limit: 2, windowSeconds: 60 }] };

describe("checkRateLimit (several identifiers)", () => {
  it("denies when any identifier is exhausted, and counts every identifier", async () => {
    const limiter = createWindowedLimiter(new MemoryWindowStore({ now: () => T0 }), vi.fn());
    // The same email from two IPs: the email bucket runs out first.
    expect(await checkRateLimit(limiter, login, ["ip:1", "email:a@x.test"])).toMatchObject({
      allowed: true,
      remaining: 1,
    });
    expect(await checkRateLimit(limiter, login, ["ip:2", "email:a@x.test"])).toMatchObject({
      allowed: true,
      remaining: 0,
    });
    expect(await checkRateLimit(limiter, login, ["ip:3", "email:a@x.test"])).toMatchObject({
      allowed: false,
      retryAfterSeconds: 60,
    });
    // ip:3 was counted even though the email denied.
    expect(await limiter.check(login, "ip:3")).toMatchObject({ allowed: true, remaining: 0 });
  });

  it("counts a repeated identifier once", async () => {
    const limiter = createWindowedLimiter(new MemoryWindowStore({ now: () => T0 }), vi.fn());
    expect(await checkRateLimit(limiter, login, ["ip:1", "ip:1"])).toMatchObject({ remaining: 1 });
  });
});
