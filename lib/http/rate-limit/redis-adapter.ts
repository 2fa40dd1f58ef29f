// Lets @upstash/ratelimit (written for the Upstash REST client) run on a plain RESP Redis through
// ioredis. @upstash/ratelimit 2.0.8 calls, for the single-region algorithms we use:
//   - evalsha(sha, keys, args), and eval(script, keys, args) when evalsha answers NOSCRIPT
//     (src/hash.ts `safeEval`; the 2.0.8 scripts have no shebang, so Redis 7.0 runs them);
//   - get / set only for `dynamicLimits` (off here), but its config type requires them.
// Everything else it can call (multi, hset, smismember, ...) belongs to analytics, the deny list
// or multi-region, none of which we enable — so those are deliberately not implemented.
import type { Redis as UpstashRedis } from "@upstash/redis";
import { Redis as IORedis } from "ioredis";

/** The subset of the @upstash/redis client that @upstash/ratelimit 2.0.8 uses. */
export type RatelimitRedis = Pick<UpstashRedis, "eval" | "evalsha" | "get" | "set">;

export type IoredisAdapter = RatelimitRedis & {
  readonly client: IORedis;
  /** False from the first connection error until the client is ready again. */
  isHealthy(): boolean;
  close(): Promise<void>;
};

export class RedisUnavailableError extends Error {
  constructor(message = "Redis is unavailable (connection lost; reconnecting in the background).") {
    super(message);
    this.name = "RedisUnavailableError";
  }
}

/** Arguments travel as strings, like the REST client's JSON encoding of scalars. */
function toArg(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint")
    return String(value);
  return JSON.stringify(value);
}

/** @upstash/redis deserialises JSON replies by default; mirror that for GET. */
function fromReply(raw: string | null): unknown {
  if (raw === null) return null;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/**
 * An ioredis client tuned for a rate limiter that must never hold a request hostage:
 * - commands issued before the FIRST connection is up wait in the offline queue (startup);
 * - after a connection error the adapter fails fast (see `createIoredisAdapter`) while ioredis
 *   reconnects in the background with a capped backoff;
 * - a queued command gives up after one reconnect attempt;
 * - commands of the same tick are pipelined into one write.
 */
export function connectIoredis(url: string): IORedis {
  return new IORedis(url, {
    connectionName: "rate-limit",
    connectTimeout: 2_000,
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
    // Commands issued in the same tick (every window of a policy, and concurrent requests) go out
    // in one write: socket writes were the largest single cost of a rate-limited request.
    enableAutoPipelining: true,
  });
}

export function createIoredisAdapter(
  client: IORedis,
  options: { onError?: (error: unknown) => void } = {},
): IoredisAdapter {
  // Optimistic at start so the first requests wait for the initial connection instead of failing.
  let healthy = true;
  client.on("ready", () => {
    healthy = true;
  });
  client.on("close", () => {
    healthy = false;
  });
  // Listening to "error" also stops ioredis from printing "Unhandled error event" on every retry.
  client.on("error", (error: unknown) => {
    healthy = false;
    options.onError?.(error);
  });

  const ensureHealthy = () => {
    if (!healthy) throw new RedisUnavailableError();
  };

  return {
    client,
    isHealthy: () => healthy,

    async evalsha<TArgs extends unknown[], TData = unknown>(
      sha1: string,
      keys: string[],
      args: TArgs,
    ) {
      ensureHealthy();
      return (await client.evalsha(sha1, keys.length, ...keys, ...args.map(toArg))) as TData;
    },

    async eval<TArgs extends unknown[], TData = unknown>(
      script: string,
      keys: string[],
      args: TArgs,
    ) {
      ensureHealthy();
      return (await client.eval(script, keys.length, ...keys, ...args.map(toArg))) as TData;
    },

    async get<TData>(key: string) {
      ensureHealthy();
      return fromReply(await client.get(key)) as TData | null;
    },

    async set<TData>(key: string, value: TData, opts?: object) {
      ensureHealthy();
      const encoded = toArg(value);
      if (opts !== undefined && Object.keys(opts).length > 0) {
        const px = "px" in opts ? opts.px : undefined;
        const ex = "ex" in opts ? opts.ex : undefined;
        if (typeof px === "number" && Object.keys(opts).length === 1)
          return (await client.set(key, encoded, "PX", px)) as "OK";
        if (typeof ex === "number" && Object.keys(opts).length === 1)
          return (await client.set(key, encoded, "EX", ex)) as "OK";
        throw new Error(
          `Rate-limit Redis adapter: unsupported SET options ${JSON.stringify(opts)}.`,
        );
      }
      return (await client.set(key, encoded)) as "OK";
    },

    async close() {
      if (client.status === "ready") {
        await client.quit().catch(() => client.disconnect());
      } else {
        client.disconnect();
      }
    },
  } satisfies IoredisAdapter;
}
