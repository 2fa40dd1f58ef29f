import { desc } from "drizzle-orm";
import { apiKeys } from "@/db/schema";
import type { Context } from "@/lib/context";
import { toApiKeySummary } from "./to-api-key-summary";

export async function listApiKeys({ ctx }: { ctx: Context }) {
  const rows = await ctx.db.select().from(apiKeys).orderBy(desc(apiKeys.createdAt));
  return rows.map(toApiKeySummary);
}
