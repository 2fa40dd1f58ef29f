import { count, desc } from "drizzle-orm";
import { apiKeys } from "@/db/schema";
import type { Context } from "@/lib/context";
import type { PageRequest } from "@/lib/http/pagination";
import { toApiKeySummary } from "./to-api-key-summary";

/** One page of keys, newest first, with the total count. Revoked keys stay listed (marked). */
export async function listApiKeys({ ctx, page }: { ctx: Context; page: PageRequest }) {
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select()
      .from(apiKeys)
      .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id))
      .limit(page.pageSize)
      .offset(page.offset),
    ctx.db.select({ value: count() }).from(apiKeys),
  ]);
  return { items: rows.map(toApiKeySummary), count: total?.value ?? 0 };
}
