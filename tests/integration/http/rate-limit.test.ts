// Rate limits as a client sees them, through the route helper, on every available backend.
import { randomUUID } from "node:crypto";
import net from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.RATE_LIMIT_ANON_PER_MINUTE = "3";
  process.env.RATE_LIMIT_ANON_PER_DAY = "50";
  process.env.RATE_LIMIT_USER_PER_SECOND = "1000";
  process.env.RATE_LIMIT_USER_PER_10_SECONDS = "4";
  process.env.RATE_LIMIT_USER_PER_MINUTE = "1000";
  process.env.RATE_LIMIT_LOGIN_PER_MINUTE = "3";
});

import * as loginRoute from "@/app/api/v1/auth/login/route";
import * as healthRoute from "@/app/api/v1/health/route";
import * as registrationRoute from "@/app/api/v1/registration/route";
import * as rootRoute from "@/app/api/v1/root/route";
import { createRateLimiter, useRateLimiter, type RateLimiter } from "@/lib/http/rate-limit";
import { useTestDatabase, type TestDatabase } from "../support/database";
import { createKey } from "../support/factories";
import { call } from "../support/http";

function redisAnswers(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port: 6379 });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(500, () => done(false));
    socket.once("error", () => done(false));
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (data) => done(data.toString().startsWith("+PONG")));
  });
}

const redisUrl =
  process.env.REDIS_URL || ((await redisAnswers()) ? "redis://127.0.0.1:6379" : undefined);

let database: TestDatabase;
beforeAll(async () => {
  database = await useTestDatabase();
});
afterAll(async () => {
  useRateLimiter(undefined);
  await database.close();
});

const backends: { name: string; available: boolean; make: () => RateLimiter }[] = [
  { name: "memory", available: true, make: () => createRateLimiter({ backend: "memory" }) },
  {
    name: "redis",
    available: Boolean(redisUrl),
    make: () =>
      createRateLimiter({ backend: "redis", url: redisUrl!, prefix: `test-route:${randomUUID()}` }),
  },
];

for (const backend of backends) {
  const title = backend.available
    ? `${backend.name} backend`
    : `${backend.name} backend (skipped: no Redis reachable)`;
  describe.skipIf(!backend.available)(title, () => {
    let limiter: RateLimiter;
    beforeAll(() => {
      limiter = backend.make();
      useRateLimiter(limiter);
    });
    afterEach(() => {
      vi.useRealTimers();
    });
    afterAll(async () => {
      await limiter.close();
    });

    it("lets an anonymous address make 3 requests a minute, then answers 429 with the contract's headers", async () => {
      const ip = `198.51.100.${Math.floor(Math.random() * 200) + 1}`;
      vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-03-01T10:00:05Z") });
      const remaining: string[] = [];
      for (let index = 0; index < 3; index += 1) {
        const response = await call(registrationRoute.GET, { ip });
        expect(response.status).toBe(200);
        expect(response.headers.get("x-ratelimit-limit")).toBe("3");
        remaining.push(response.headers.get("x-ratelimit-remaining")!);
      }
      expect(remaining).toEqual(["2", "1", "0"]);

      const throttled = await call(registrationRoute.GET, { ip });
      expect(throttled.status).toBe(429);
      expect(throttled.data).toEqual({
        detail: "Request was throttled. Expected available in 55 seconds.",
        code: "throttle_exceeded",
      });
      expect(throttled.headers.get("retry-after")).toBe("55");
      expect(throttled.headers.get("x-ratelimit-remaining")).toBe("0");
      expect(throttled.headers.get("x-ratelimit-reset")).toBe(
        String(Date.parse("2026-03-01T10:01:00Z") / 1000),
      );

      // Another address has its own allowance; the same one is free again next minute.
      expect((await call(registrationRoute.GET, { ip: `${ip}0` })).status).toBe(200);
      vi.setSystemTime(new Date("2026-03-01T10:01:01Z"));
      expect((await call(registrationRoute.GET, { ip })).status).toBe(200);
    });

    it("does not limit the health check", async () => {
      const ip = "192.0.2.77";
      for (let index = 0; index < 6; index += 1) {
        const response = await call(healthRoute.GET, { ip });
        expect(response.status).toBe(200);
        expect(response.headers.get("x-ratelimit-limit")).toBeNull();
      }
    });

    it("gives an API key its own bucket with the authenticated policy, tightest window first", async () => {
      vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-03-01T11:00:00Z") });
      const key = await createKey(database.db);
      const ip = "192.0.2.99";
      const statuses = [];
      for (let index = 0; index < 5; index += 1) {
        const response = await call(rootRoute.GET, { ip, headers: { "x-api-key": key.key } });
        statuses.push(response.status);
        if (response.status === 429) {
          expect(response.headers.get("x-ratelimit-limit")).toBe("4");
          expect(response.headers.get("retry-after")).toBe("10");
        }
      }
      expect(statuses).toEqual([200, 200, 200, 200, 429]);
      // The key's bucket is not the address's: anonymous requests from the same address still pass.
      expect((await call(registrationRoute.GET, { ip })).status).toBe(200);
    });

    it("limits sign-in attempts per email across addresses, and per address across emails", async () => {
      vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-03-01T13:00:00Z") });
      const key = await createKey(database.db);
      const attempt = (email: string, ip: string) =>
        call(loginRoute.POST, {
          method: "POST",
          ip,
          json: { email, password: "wrong-password" },
          headers: { "x-api-key": key.key },
        });
      const target = `victim-${backend.name}@example.com`;
      const perEmail = [];
      for (let index = 0; index < 4; index += 1)
        perEmail.push((await attempt(target, `203.0.113.${index + 1}`)).status);
      expect(perEmail).toEqual([401, 401, 401, 429]);

      const ip = `198.18.0.${backend.name === "memory" ? 1 : 2}`;
      const perAddress = [];
      for (let index = 0; index < 4; index += 1)
        perAddress.push((await attempt(`someone${index}-${backend.name}@example.com`, ip)).status);
      expect(perAddress).toEqual([401, 401, 401, 429]);
      const throttled = await attempt(`another-${backend.name}@example.com`, ip);
      expect(throttled.data.code).toBe("throttle_exceeded");
      expect(throttled.headers.get("retry-after")).toBe("60");
    });

    it("counts failed authentication against the anonymous allowance", async () => {
      vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-03-01T12:00:00Z") });
      const ip = "192.0.2.150";
      const statuses = [];
      for (let index = 0; index < 4; index += 1) {
        statuses.push(
          (await call(rootRoute.GET, { ip, headers: { "x-api-key": "pk_live_wrong" } })).status,
        );
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
    });
  });
}
