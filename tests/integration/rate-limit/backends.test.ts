// The same behavioural suite against every rate-limit backend:
//   memory   always;
//   redis    when REDIS_URL is set (CI) or a Redis answers PING on 127.0.0.1:6379 (local);
//   upstash  when UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN are set.
// Time is controlled by faking only `Date` (real timers, real sockets): @upstash/ratelimit computes
// buckets from Date.now(), the memory store from the app clock, so every backend sees the same
// instant. Keys use a unique prefix per run so concurrent runs never share counters.
import { randomUUID } from "node:crypto";
import net from "node:net";
import { Redis as IORedis } from "ioredis";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  createRateLimiter,
  rateLimitHeaders,
  throttledBody,
  type RateLimiter,
  type RateLimiterOptions,
  type RatePolicy,
} from "@/lib/http/rate-limit";
import { connectIoredis, createIoredisAdapter } from "@/lib/http/rate-limit/redis-adapter";
import { UpstashWindowStore } from "@/lib/http/rate-limit/upstash-store";

const LOCAL_REDIS = "redis://127.0.0.1:6379";

/** True when something at host:port answers a RESP PING with +PONG. */
function redisAnswers(host: string, port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("error", () => done(false));
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (data) => done(data.toString().startsWith("+PONG")));
  });
}

/** A port on which nothing listens (bound, then released). */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const redisUrl =
  process.env.REDIS_URL || ((await redisAnswers("127.0.0.1", 6379)) ? LOCAL_REDIS : undefined);
const upstash =
  process.env.UPSTASH_REDIS_REST_URL && process.env.UPSTASH_REDIS_REST_TOKEN
    ? { url: process.env.UPSTASH_REDIS_REST_URL, token: process.env.UPSTASH_REDIS_REST_TOKEN }
    : undefined;

const runPrefix = `test-ratelimit:${randomUUID()}`;

// Keys expire with their windows anyway; remove this run's keys right away.
afterAll(async () => {
  if (!redisUrl) return;
  const cleaner = new IORedis(redisUrl);
  try {
    const keys = await cleaner.keys(`${runPrefix}:*`);
    if (keys.length > 0) await cleaner.del(...keys);
  } finally {
    await cleaner.quit();
  }
});

type BackendCase = { name: string; options: RateLimiterOptions | undefined; skipReason: string };

const backends: BackendCase[] = [
  { name: "memory", options: { backend: "memory" }, skipReason: "" },
  {
    name: "redis",
    options: redisUrl
      ? { backend: "redis", url: redisUrl, prefix: `${runPrefix}:redis` }
      : undefined,
    skipReason: "no Redis: REDIS_URL is unset and nothing answers PING on 127.0.0.1:6379",
  },
  {
    name: "upstash",
    options: upstash
      ? { backend: "upstash", ...upstash, prefix: `${runPrefix}:upstash` }
      : undefined,
    skipReason: "no Upstash: UPSTASH_REDIS_REST_URL / UPSTASH_REDIS_REST_TOKEN are unset",
  },
];

// 2030-01-01T00:00:30.250Z: 29.75 s before the minute ends, 3569.75 s before the hour ends.
const T = Date.UTC(2030, 0, 1, 0, 0, 30, 250);
const MINUTE_END = Date.UTC(2030, 0, 1, 0, 1, 0) / 1000;
const HOUR_END = Date.UTC(2030, 0, 1, 1, 0, 0) / 1000;

function setNow(ms: number) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(ms);
}

for (const backend of backends) {
  describe.skipIf(!backend.options)(
    `rate limiting on the ${backend.name} backend${backend.options ? "" : ` (skipped: ${backend.skipReason})`}`,
    () => {
      let limiter: RateLimiter;
      const onBackendError = vi.fn();
      // Unique identifiers per test: tests share the limiter and the frozen instant T.
      const id = (label: string) => `${label}:${randomUUID()}`;

      beforeAll(() => {
        limiter = createRateLimiter(backend.options as RateLimiterOptions, { onBackendError });
      });
      afterAll(async () => {
        await limiter?.close();
      });
      afterEach(() => {
        vi.useRealTimers();
        // A backend error would have been silently failed open: no test here may see one.
        expect(onBackendError).not.toHaveBeenCalled();
      });

      const perMinute: RatePolicy = {
        name: "suite-minute",
        windows: [{ limit: 3, windowSeconds: 60 }],
      };

      it("allows N requests in a window, denies the N+1-th with remaining 0, reset and retry-after", async () => {
        setNow(T);
        const who = id("ip");
        const allowed = [];
        for (let i = 0; i < 3; i++) allowed.push(await limiter.check(perMinute, who));
        expect(allowed).toEqual(
          [2, 1, 0].map((remaining) => ({
            allowed: true,
            limit: 3,
            remaining,
            resetSeconds: MINUTE_END,
            retryAfterSeconds: 0,
          })),
        );

        const denied = {
          allowed: false,
          limit: 3,
          remaining: 0,
          resetSeconds: MINUTE_END,
          retryAfterSeconds: 30,
        };
        expect(await limiter.check(perMinute, who)).toEqual(denied);
        expect(await limiter.check(perMinute, who)).toEqual(denied);

        setNow(T + 29_000); // 00:00:59.250, still the same window
        expect(await limiter.check(perMinute, who)).toEqual({ ...denied, retryAfterSeconds: 1 });

        setNow(T + 30_000); // 00:01:00.250, next window
        expect(await limiter.check(perMinute, who)).toEqual({
          allowed: true,
          limit: 3,
          remaining: 2,
          resetSeconds: MINUTE_END + 60,
          retryAfterSeconds: 0,
        });
      });

      it("keeps a separate bucket per identifier and per policy", async () => {
        setNow(T);
        const [a, b] = [id("user"), id("user")];
        for (let i = 0; i < 3; i++) await limiter.check(perMinute, a);
        expect((await limiter.check(perMinute, a)).allowed).toBe(false);
        expect(await limiter.check(perMinute, b)).toMatchObject({ allowed: true, remaining: 2 });
        const samePolicyOtherName: RatePolicy = { ...perMinute, name: "suite-minute-2" };
        expect(await limiter.check(samePolicyOtherName, a)).toMatchObject({
          allowed: true,
          remaining: 2,
        });
      });

      it("limits a multi-window policy by its tightest window (long window tighter)", async () => {
        setNow(T);
        const policy: RatePolicy = {
          name: "suite-multi-a",
          windows: [
            { limit: 5, windowSeconds: 60 },
            { limit: 2, windowSeconds: 3600 },
          ],
        };
        const who = id("key");
        expect(await limiter.check(policy, who)).toMatchObject({
          allowed: true,
          limit: 2,
          remaining: 1,
          resetSeconds: HOUR_END,
        });
        expect(await limiter.check(policy, who)).toMatchObject({
          allowed: true,
          limit: 2,
          remaining: 0,
          resetSeconds: HOUR_END,
        });
        expect(await limiter.check(policy, who)).toEqual({
          allowed: false,
          limit: 2,
          remaining: 0,
          resetSeconds: HOUR_END,
          retryAfterSeconds: 3570,
        });
        setNow(T + 60_000); // the minute window resets, the hour window does not
        expect(await limiter.check(policy, who)).toMatchObject({
          allowed: false,
          limit: 2,
          retryAfterSeconds: 3510,
        });
      });

      it("limits a multi-window policy by its tightest window (short window tighter), counting every attempt", async () => {
        setNow(T);
        const policy: RatePolicy = {
          name: "suite-multi-b",
          windows: [
            { limit: 2, windowSeconds: 60 },
            { limit: 5, windowSeconds: 3600 },
          ],
        };
        const who = id("key");
        expect(await limiter.check(policy, who)).toMatchObject({
          allowed: true,
          limit: 2,
          remaining: 1,
          resetSeconds: MINUTE_END,
        });
        expect(await limiter.check(policy, who)).toMatchObject({
          allowed: true,
          limit: 2,
          remaining: 0,
        });
        expect(await limiter.check(policy, who)).toEqual({
          allowed: false,
          limit: 2,
          remaining: 0,
          resetSeconds: MINUTE_END,
          retryAfterSeconds: 30,
        });
        // Next minute: the minute window has 1 left, the hour window has counted 4 attempts (the
        // denied one too) and has 1 left; on a tie the window that resets last is reported.
        setNow(T + 60_000);
        expect(await limiter.check(policy, who)).toEqual({
          allowed: true,
          limit: 5,
          remaining: 1,
          resetSeconds: HOUR_END,
          retryAfterSeconds: 0,
        });
        expect(await limiter.check(policy, who)).toMatchObject({
          allowed: true,
          limit: 5,
          remaining: 0,
        });
        expect(await limiter.check(policy, who)).toMatchObject({
          allowed: false,
          limit: 5,
          resetSeconds: HOUR_END,
        });
      });

      it("turns decisions into the contract's headers and 429 body", async () => {
        setNow(T);
        const who = id("ip");
        const first = await limiter.check(perMinute, who);
        expect(rateLimitHeaders(first)).toEqual({
          "X-RateLimit-Limit": "3",
          "X-RateLimit-Remaining": "2",
          "X-RateLimit-Reset": String(MINUTE_END),
        });
        await limiter.check(perMinute, who);
        await limiter.check(perMinute, who);
        const denied = await limiter.check(perMinute, who);
        expect(rateLimitHeaders(denied)).toEqual({
          "X-RateLimit-Limit": "3",
          "X-RateLimit-Remaining": "0",
          "X-RateLimit-Reset": String(MINUTE_END),
          "Retry-After": "30",
        });
        expect(throttledBody(denied)).toEqual({
          detail: "Request was throttled. Expected available in 30 seconds.",
          code: "throttle_exceeded",
        });
      });
    },
  );
}

describe.skipIf(!redisUrl)(
  `the ioredis adapter on a real Redis${redisUrl ? "" : " (skipped: no Redis at REDIS_URL or 127.0.0.1:6379)"}`,
  () => {
    const prefix = `${runPrefix}:adapter`;
    let inspector: IORedis;

    beforeAll(() => {
      inspector = new IORedis(redisUrl as string);
    });
    afterAll(async () => {
      await inspector.quit();
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it("runs @upstash/ratelimit's fixed-window script: prefixed, bucketed keys with a TTL", async () => {
      const adapter = createIoredisAdapter(connectIoredis(redisUrl as string));
      const evalsha = vi.spyOn(adapter, "evalsha");
      const evalScript = vi.spyOn(adapter, "eval");
      const store = new UpstashWindowStore({
        redis: adapter,
        prefix,
        onClose: () => adapter.close(),
      });
      const policy: RatePolicy = { name: "adapter", windows: [{ limit: 5, windowSeconds: 60 }] };
      try {
        setNow(T);
        const first = await store.hit(policy, policy.windows[0]!, "ip:1");
        const second = await store.hit(policy, policy.windows[0]!, "ip:1");
        expect(first).toEqual({
          allowed: true,
          limit: 5,
          remaining: 4,
          resetMs: MINUTE_END * 1000,
        });
        expect(second.remaining).toBe(3);

        const bucket = Math.floor(T / 60_000);
        const key = `${prefix}:adapter:60s:ip:1:${bucket}`;
        expect(await inspector.keys(`${prefix}:*`)).toEqual([key]);
        expect(await inspector.get(key)).toBe("2");
        const ttl = await inspector.pttl(key);
        expect(ttl).toBeGreaterThan(0);
        expect(ttl).toBeLessThanOrEqual(60_000);

        // The library tries EVALSHA first; EVAL only if Redis did not have the script yet.
        expect(evalsha).toHaveBeenCalledTimes(2);
        expect(evalScript.mock.calls.length).toBeLessThanOrEqual(1);
        expect(String(evalsha.mock.calls[0]![0])).toMatch(/^[0-9a-f]{40}$/);
      } finally {
        await store.close();
      }
    });

    it("surfaces NOSCRIPT the way @upstash/ratelimit detects it (so it falls back to EVAL)", async () => {
      const adapter = createIoredisAdapter(connectIoredis(redisUrl as string));
      try {
        const error = await adapter
          .evalsha("0".repeat(40), [], [])
          .catch((caught: unknown) => caught);
        expect(`${error}`).toContain("NOSCRIPT");
        expect(
          await adapter.eval("return {KEYS[1], ARGV[1], tonumber(ARGV[2])}", ["k"], ["a", 7]),
        ).toEqual(["k", "a", 7]);
      } finally {
        await adapter.close();
      }
    });

    it("get/set round-trip values like the REST client (JSON)", async () => {
      const adapter = createIoredisAdapter(connectIoredis(redisUrl as string));
      try {
        const key = `${prefix}:dynamic`;
        expect(await adapter.set(key, 120, { px: 60_000 })).toBe("OK");
        expect(await adapter.get<number>(key)).toBe(120);
        expect(await inspector.pttl(key)).toBeGreaterThan(0);
      } finally {
        await adapter.close();
      }
    });
  },
);

describe("backend outage: fail open", () => {
  const policy: RatePolicy = { name: "outage", windows: [{ limit: 1, windowSeconds: 60 }] };

  it("redis: a closed port allows the request (bypass 'unavailable'), reports the error, and does not stall", async () => {
    const port = await closedPort();
    const onBackendError = vi.fn();
    const limiter = createRateLimiter(
      { backend: "redis", url: `redis://127.0.0.1:${port}` },
      { onBackendError },
    );
    try {
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        const decision = await limiter.check(policy, "ip:1");
        expect(decision).toMatchObject({
          allowed: true,
          limit: 1,
          remaining: 1,
          retryAfterSeconds: 0,
          bypass: "unavailable",
        });
        // The first call may wait for the connection attempt; later ones fail fast.
        if (i > 0) expect(performance.now() - started).toBeLessThan(200);
      }
      expect(onBackendError).toHaveBeenCalled();
      expect(`${onBackendError.mock.calls[0]![0]}`).toMatch(
        /ECONNREFUSED|unavailable|max retries/i,
      );
    } finally {
      await limiter.close();
    }
  });

  it("upstash: an unreachable REST endpoint allows the request (bypass 'unavailable') and reports the error", async () => {
    const port = await closedPort();
    const onBackendError = vi.fn();
    const limiter = createRateLimiter(
      { backend: "upstash", url: `http://127.0.0.1:${port}`, token: "test-token" },
      { onBackendError },
    );
    try {
      const decision = await limiter.check(policy, "ip:1");
      expect(decision).toMatchObject({ allowed: true, bypass: "unavailable" });
      expect(onBackendError).toHaveBeenCalledOnce();
    } finally {
      await limiter.close();
    }
  });

  it.skipIf(!redisUrl)(
    "redis: enforces again once Redis is back (through a TCP proxy we cut and restore)",
    async () => {
      const target = new URL(redisUrl as string);
      const sockets = new Set<net.Socket>();
      const proxy = () =>
        net.createServer((client) => {
          const upstream = net.connect({
            host: target.hostname,
            port: Number(target.port || 6379),
          });
          for (const socket of [client, upstream]) {
            sockets.add(socket);
            socket.on("error", () => socket.destroy());
            socket.on("close", () => sockets.delete(socket));
          }
          client.pipe(upstream).pipe(client);
        });
      const listen = (server: net.Server, port = 0) =>
        new Promise<number>((resolve) =>
          server.listen(port, "127.0.0.1", () =>
            resolve((server.address() as net.AddressInfo).port),
          ),
        );
      const cut = async (server: net.Server) => {
        const closed = new Promise((resolve) => server.close(resolve));
        for (const socket of sockets) socket.destroy();
        await closed;
      };

      let server = proxy();
      const port = await listen(server);
      const onBackendError = vi.fn();
      const limiter = createRateLimiter(
        {
          backend: "redis",
          url: `redis://127.0.0.1:${port}${target.pathname}`,
          prefix: `${runPrefix}:recovery`,
        },
        { onBackendError },
      );
      const who = `ip:${randomUUID()}`;
      const recovery: RatePolicy = {
        name: "recovery",
        windows: [{ limit: 100, windowSeconds: 3600 }],
      };
      try {
        expect(await limiter.check(recovery, who)).toMatchObject({ remaining: 99 });
        expect(await limiter.check(recovery, who)).not.toHaveProperty("bypass");

        await cut(server);
        expect(await limiter.check(recovery, who)).toMatchObject({
          allowed: true,
          bypass: "unavailable",
        });
        expect(onBackendError).toHaveBeenCalled();

        server = proxy();
        await listen(server, port);
        let decision = await limiter.check(recovery, who);
        for (let waited = 0; decision.bypass && waited < 15_000; waited += 100) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          decision = await limiter.check(recovery, who);
        }
        // Counting resumed where it was (the window did not end): 2 counted before, this one now.
        expect(decision).toMatchObject({ allowed: true, limit: 100, remaining: 97 });
        expect(decision).not.toHaveProperty("bypass");
      } finally {
        await limiter.close();
        await cut(server);
      }
    },
  );

  it("a backend that hangs past the timeout fails open too", async () => {
    // A TCP server that accepts connections and never answers: the Redis handshake never completes.
    const sockets = new Set<net.Socket>();
    const server = net.createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as net.AddressInfo;
    const onBackendError = vi.fn();
    const limiter = createRateLimiter(
      { backend: "redis", url: `redis://127.0.0.1:${port}` },
      { onBackendError, timeoutMs: 300 },
    );
    try {
      const started = performance.now();
      const decision = await limiter.check(policy, "ip:1");
      expect(decision).toMatchObject({ allowed: true, bypass: "unavailable" });
      expect(performance.now() - started).toBeLessThan(1_500);
      expect(`${onBackendError.mock.calls[0]![0]}`).toMatch(/did not answer within 300 ms/);
    } finally {
      await limiter.close();
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
