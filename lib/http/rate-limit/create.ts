// Builds a RateLimiter for one backend. Backend choice from env lives in index.ts.
import { Redis as UpstashRedis } from "@upstash/redis";
import { throttledWarning, type BackendErrorReporter } from "./fail-open";
import { createWindowedLimiter } from "./limiter";
import { MemoryWindowStore, type MemoryStoreOptions } from "./memory-store";
import { connectIoredis, createIoredisAdapter } from "./redis-adapter";
import type { RateLimiter, RateLimiterOptions } from "./types";
import { UpstashWindowStore } from "./upstash-store";

export const DEFAULT_RATE_LIMIT_PREFIX = "ratelimit";

export type RateLimiterTuning = {
  /** Called (instead of the throttled console warning) for every backend failure. */
  onBackendError?: BackendErrorReporter;
  /** Redis/Upstash: how long one window check may take before failing open. Default 1000 ms. */
  timeoutMs?: number;
  /** Memory: clock and bounds (see memory-store.ts). */
  memory?: MemoryStoreOptions;
};

export function createRateLimiter(
  options: RateLimiterOptions,
  tuning: RateLimiterTuning = {},
): RateLimiter {
  const report = tuning.onBackendError ?? throttledWarning(options.backend);
  switch (options.backend) {
    case "memory":
      return createWindowedLimiter(new MemoryWindowStore(tuning.memory), report);

    case "redis": {
      const adapter = createIoredisAdapter(connectIoredis(options.url), { onError: report });
      const store = new UpstashWindowStore({
        redis: adapter,
        prefix: options.prefix ?? DEFAULT_RATE_LIMIT_PREFIX,
        timeoutMs: tuning.timeoutMs,
        onClose: () => adapter.close(),
      });
      return createWindowedLimiter(store, report);
    }

    case "upstash": {
      const redis = new UpstashRedis({
        url: options.url,
        token: options.token,
        // One quick retry, then fail open; the library default (5 exponential retries) would
        // hold requests for seconds during an outage.
        retry: { retries: 1, backoff: () => 100 },
        enableTelemetry: false,
      });
      const store = new UpstashWindowStore({
        redis,
        prefix: options.prefix ?? DEFAULT_RATE_LIMIT_PREFIX,
        timeoutMs: tuning.timeoutMs,
      });
      return createWindowedLimiter(store, report);
    }
  }
}
