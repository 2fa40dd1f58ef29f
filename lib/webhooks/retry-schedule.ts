// When a failed delivery is tried again: exponential backoff (1 min × 3ⁿ, capped at 6 h) with
// ±20 % jitter, ten attempts in all, the last about a day after the first. Pure, with the random
// source injectable so the schedule is testable.
export const maxDeliveryAttempts = 10;

const baseMs = 60_000;
const capMs = 6 * 3_600_000;

/** The delay after failed attempt `attempt` (1-based), or null when it was the last. */
export function retryDelayAfter(
  attempt: number,
  random: () => number = Math.random,
): number | null {
  if (attempt >= maxDeliveryAttempts) return null;
  const base = Math.min(baseMs * 3 ** (attempt - 1), capMs);
  return Math.round(base * (0.8 + random() * 0.4));
}

/** An endpoint that has failed for this long without one success is turned off. */
export const disableAfterFailingMs = 3 * 86_400_000;
