// Fixed-window arithmetic shared by every backend. Windows are aligned to the UTC epoch, exactly
// like @upstash/ratelimit's `fixedWindow` (bucket = floor(now / window)), so the memory store and
// the Redis stores agree on when a window resets.
import type { RatePolicy, RateWindow } from "./types";

export type Bucket = { bucket: number; resetMs: number };

export function windowBucket(window: RateWindow, nowMs: number): Bucket {
  const windowMs = window.windowSeconds * 1000;
  const bucket = Math.floor(nowMs / windowMs);
  return { bucket, resetMs: (bucket + 1) * windowMs };
}

/** Policies are code, not input: a malformed one is a programming error, never a fail-open. */
export function assertValidPolicy(policy: RatePolicy): void {
  if (!/^[A-Za-z0-9_-]+$/.test(policy.name)) {
    // The name is part of storage keys ("<prefix>:<name>:<seconds>s:<identifier>"), so no ":".
    throw new Error(`Rate policy name must match [A-Za-z0-9_-]+, got "${policy.name}".`);
  }
  if (policy.windows.length === 0) throw new Error(`Rate policy "${policy.name}" has no windows.`);
  for (const window of policy.windows) {
    if (!Number.isSafeInteger(window.limit) || window.limit < 1) {
      throw new Error(
        `Rate policy "${policy.name}": limit must be a positive integer, got ${window.limit}.`,
      );
    }
    if (!Number.isSafeInteger(window.windowSeconds) || window.windowSeconds < 1) {
      throw new Error(
        `Rate policy "${policy.name}": windowSeconds must be a positive integer, got ${window.windowSeconds}.`,
      );
    }
  }
}
