import { and, eq, isNull } from "drizzle-orm";
import { apiKeys } from "@/db/schema";
import type { Context } from "@/lib/context";
import { NotFound } from "@/lib/errors";
import { forgetApiKey } from "./api-key-cache";

/** Revoke a key; it stops working on its next request. Revoking twice is a 404. */
export async function revokeApiKey({ ctx, input }: { ctx: Context; input: { id: string } }) {
  const [row] = await ctx.db
    .update(apiKeys)
    .set({ revokedAt: ctx.clock.now() })
    .where(and(eq(apiKeys.id, input.id), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  if (!row) throw new NotFound("API key not found.");
  forgetApiKey(row.id);
}
