import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { apiKeys } from "@/db/schema";
import type { ActingApiKey, Clock } from "@/lib/context";
import type { ApiKeyScope } from "@/lib/auth/permissions";
import { cachedApiKey, rememberApiKey } from "./api-key-cache";
import { hashApiKey, looksLikeApiKey } from "./generate-api-key";

/** `last_used_at` is refreshed at most this often, so a busy key does not write on every call. */
const lastUsedResolutionMs = 60_000;

/** The active key matching `rawKey`, or null for a malformed, unknown or revoked key. */
export async function authenticateApiKey(
  db: Executor,
  rawKey: string,
  clock: Clock,
): Promise<ActingApiKey | null> {
  if (!looksLikeApiKey(rawKey)) return null;
  const keyHash = hashApiKey(rawKey);
  const now = clock.now();

  const cached = cachedApiKey(keyHash, now.getTime());
  if (cached) {
    if (now.getTime() - cached.lastUsedWrittenAt >= lastUsedResolutionMs) {
      await recordUse(db, cached.key.id, now);
      cached.lastUsedWrittenAt = now.getTime();
    }
    return cached.key;
  }

  const [row] = await db
    .select({ id: apiKeys.id, scopes: apiKeys.scopes, lastUsedAt: apiKeys.lastUsedAt })
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, keyHash), isNull(apiKeys.revokedAt)))
    .limit(1);
  if (!row) return null;

  let lastUsedWrittenAt = row.lastUsedAt?.getTime() ?? 0;
  if (now.getTime() - lastUsedWrittenAt >= lastUsedResolutionMs) {
    await recordUse(db, row.id, now);
    lastUsedWrittenAt = now.getTime();
  }
  const key = { id: row.id, scopes: row.scopes as ApiKeyScope[] };
  rememberApiKey(keyHash, key, now.getTime(), lastUsedWrittenAt);
  return key;
}

async function recordUse(db: Executor, id: string, now: Date): Promise<void> {
  const staleBefore = new Date(now.getTime() - lastUsedResolutionMs);
  await db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(
      and(eq(apiKeys.id, id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, staleBefore))),
    );
}
