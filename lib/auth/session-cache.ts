// A short-lived, bounded, per-process cache of live sessions for the routes that opt in with
// `sessionCache: true` (the exam autosave, hit by every candidate every few seconds on exam day;
// the benchmark measured the session read at about a third of the autosave's cost). Every other
// route re-reads the session row on each request. Revoking a session in this process clears the
// cache at once; another process notices within SESSION_CACHE_SECONDS.
import { BoundedMap } from "@/lib/bounded-map";
import type { ActingUser } from "@/lib/context";
import { env } from "@/lib/env";

type Entry = { user: ActingUser; cachedAt: number };

const state = globalThis as unknown as { __sessionCache?: BoundedMap<string, Entry> };
const entries = (state.__sessionCache ??= new BoundedMap<string, Entry>(20_000));

const keyOf = (sessionId: string, userId: string) => `${sessionId}:${userId}`;

export function cachedSessionUser(
  sessionId: string,
  userId: string,
  now: number,
): ActingUser | undefined {
  const key = keyOf(sessionId, userId);
  const entry = entries.get(key);
  if (!entry) return undefined;
  if (now - entry.cachedAt >= env.SESSION_CACHE_SECONDS * 1000 || now < entry.cachedAt) {
    entries.delete(key);
    return undefined;
  }
  return entry.user;
}

export function rememberSessionUser(sessionId: string, user: ActingUser, now: number): void {
  if (env.SESSION_CACHE_SECONDS === 0) return;
  entries.set(keyOf(sessionId, user.id), { user, cachedAt: now });
}

/** Called wherever sessions are revoked: the next request of any of them reads the row again. */
export function forgetCachedSessions(): void {
  entries.clear();
}
