import type { apiKeys } from "@/db/schema";
import type { ApiKeyScope } from "@/lib/auth/permissions";
import type { ApiKeySummary } from "./schemas";

export function toApiKeySummary(row: typeof apiKeys.$inferSelect): ApiKeySummary {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes as ApiKeyScope[],
    created_at: row.createdAt.toISOString(),
    last_used_at: row.lastUsedAt?.toISOString() ?? null,
    revoked_at: row.revokedAt?.toISOString() ?? null,
  };
}
