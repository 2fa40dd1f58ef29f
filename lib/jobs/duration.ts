import type { Backoff, Duration } from "./function-definition";

const unitMs = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** Milliseconds in a step duration: a number of ms, or "30s", "5m", "2h", "1d". */
export function durationMs(duration: Duration): number {
  if (typeof duration === "number") return duration;
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(duration);
  if (!match) throw new Error(`Unrecognised duration "${duration}"`);
  return Number(match[1]) * unitMs[match[2] as keyof typeof unitMs];
}

/** Exponential backoff with jitter for the n-th failed attempt (1-based), capped at 10 minutes. */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(1_000 * 2 ** (attempt - 1), 600_000);
  return Math.round(base * (0.75 + random() * 0.5));
}

/** The delay before the n-th retry (1-based) under a function's backoff, or the default one. */
export function backoffDelayMs(backoff: Backoff | undefined, retry: number): number {
  if (!backoff) return retryDelayMs(retry);
  if (typeof backoff === "function") return durationMs(backoff(retry));
  if (backoff.length === 0) return retryDelayMs(retry);
  return durationMs(backoff[Math.min(retry, backoff.length) - 1]!);
}

/**
 * For deliveries to other people's servers (webhooks): with `retries: 10`, eleven attempts spread
 * over a little more than a day (1m, 5m, 15m, 30m, 1h, 2h, 3h, 4h, 6h, 8h ≈ 24.9 h).
 */
export const dayLongBackoff = [
  "1m",
  "5m",
  "15m",
  "30m",
  "1h",
  "2h",
  "3h",
  "4h",
  "6h",
  "8h",
] as const satisfies readonly Duration[];
