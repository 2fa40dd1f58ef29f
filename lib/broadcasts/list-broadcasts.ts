// GET /broadcasts/ (manager+): newest first, a page at a time, with their authors.
import { count, desc } from "drizzle-orm";
import type { z } from "zod";
import { broadcasts } from "@/db/schema";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { pageRequest, type PageOf } from "@/lib/http/pagination";
import { authorOf, broadcastShape, selectWithAuthor } from "./broadcast-shape";
import type { broadcastItem, broadcastsQuery } from "./schemas";

export async function listBroadcasts({
  ctx,
  query,
}: {
  ctx: Context;
  query: z.output<typeof broadcastsQuery>;
}): Promise<PageOf<z.output<typeof broadcastItem>>> {
  requirePermission(ctx, "broadcasts:manage");
  const page = pageRequest(query);
  const [rows, [total]] = await Promise.all([
    selectWithAuthor(ctx).orderBy(desc(broadcasts.id)).limit(page.pageSize).offset(page.offset),
    ctx.db.select({ n: count() }).from(broadcasts),
  ]);
  return {
    items: rows.map((row) => broadcastShape(row.broadcast, authorOf(row))),
    total: total!.n,
    page,
  };
}
