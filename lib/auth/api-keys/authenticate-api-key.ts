import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { apiKeys } from "@/db/schema";
import type { ActingApiKey, Clock } from "@/lib/context";
import type { ApiKeyScope } from "@/lib/auth/permissions";
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
  const [row] = await db
    .select({ id: apiKeys.id, scopes: apiKeys.scopes, lastUsedAt: apiKeys.lastUsedAt })
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, hashApiKey(rawKey)), isNull(apiKeys.revokedAt)))
    .limit(1);
  if (!row) return null;

  const now = clock.now();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= lastUsedResolutionMs) {
    const staleBefore = new Date(now.getTime() - lastUsedResolutionMs);
    await db
      .update(apiKeys)
      .set({ lastUsedAt: now })
      .where(
        and(
          eq(apiKeys.id, row.id),
          or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, staleBefore)),
        ),
      );
  }
  return { id: row.id, scopes: row.scopes as ApiKeyScope[] };
}
