// Outage policy: FAIL OPEN. If the rate-limit backend (Redis / Upstash) errors or does not answer
// within the timeout, the request is ALLOWED and a warning is logged. Rationale: the limiter
// protects capacity, it is not an authorisation check; turning a Redis outage into a full API
// outage (500s, or 429s for everyone) — in the middle of running exams — is worse than briefly
// serving unthrottled traffic. Decisions made this way carry `bypass: "unavailable"`.
//
// Warnings are throttled (one per interval per backend, with a count of the ones suppressed) so an
// outage under load does not flood the log. They go to lib/logger.ts (honours LOG_LEVEL).
import { logger } from "@/lib/logger";

export type BackendErrorReporter = (error: unknown) => void;

export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

export function throttledWarning(
  backend: string,
  options: { intervalMs?: number; log?: (message: string) => void; now?: () => number } = {},
): BackendErrorReporter {
  const intervalMs = options.intervalMs ?? 30_000;
  const log = options.log ?? ((message: string) => logger.warn(message));
  const now = options.now ?? Date.now;
  let lastAt = Number.NEGATIVE_INFINITY;
  let suppressed = 0;
  return (error) => {
    const at = now();
    if (at - lastAt < intervalMs) {
      suppressed += 1;
      return;
    }
    const more = suppressed > 0 ? ` (${suppressed} similar warnings suppressed)` : "";
    log(
      `[rate-limit] ${backend} backend failed; failing open, requests are not being limited${more}: ${describeError(error)}`,
    );
    lastAt = at;
    suppressed = 0;
  };
}
