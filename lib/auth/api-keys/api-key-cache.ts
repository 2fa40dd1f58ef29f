// A short-lived, bounded, per-process cache of authenticated keys, so the hot path does not query
// the database on every request (the benchmark measured the lookup at about a bare request's
// cost). Revoking a key clears it here at once; another process notices within the TTL.
import { BoundedMap } from "@/lib/bounded-map";
import type { ActingApiKey } from "@/lib/context";
import { env } from "@/lib/env";

type Entry = { key: ActingApiKey; cachedAt: number; lastUsedWrittenAt: number };

const state = globalThis as unknown as { __apiKeyCache?: BoundedMap<string, Entry> };
const entries = (state.__apiKeyCache ??= new BoundedMap<string, Entry>(10_000));

export function cachedApiKey(keyHash: string, now: number): Entry | undefined {
  const entry = entries.get(keyHash);
  if (!entry) return undefined;
  if (now - entry.cachedAt >= env.API_KEY_CACHE_SECONDS * 1000) {
    entries.delete(keyHash);
    return undefined;
  }
  return entry;
}

export function rememberApiKey(
  keyHash: string,
  key: ActingApiKey,
  now: number,
  lastUsedWrittenAt: number,
): void {
  if (env.API_KEY_CACHE_SECONDS === 0) return;
  entries.set(keyHash, { key, cachedAt: now, lastUsedWrittenAt });
}

export function forgetApiKey(keyId: string): void {
  for (const [hash, entry] of entries) if (entry.key.id === keyId) entries.delete(hash);
}
