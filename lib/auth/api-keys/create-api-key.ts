import { apiKeys } from "@/db/schema";
import type { Context } from "@/lib/context";
import type { ApiKeyScope } from "@/lib/auth/permissions";
import { generateApiKey } from "./generate-api-key";
import { createApiKeyInput, type CreateApiKeyInput } from "./schemas";
import { toApiKeySummary } from "./to-api-key-summary";

/** Create a key and return it in full: the only time the key itself leaves the server. */
export async function createApiKey({ ctx, input }: { ctx: Context; input: CreateApiKeyInput }) {
  const { name, scopes } = createApiKeyInput.parse(input);
  const { key, prefix, keyHash } = generateApiKey();
  const [row] = await ctx.db
    .insert(apiKeys)
    .values({
      name,
      prefix,
      keyHash,
      scopes: [...new Set(scopes)] satisfies ApiKeyScope[],
      createdById: ctx.actor.user?.id ?? null,
      createdAt: ctx.clock.now(),
    })
    .returning();
  return { ...toApiKeySummary(row!), key };
}
