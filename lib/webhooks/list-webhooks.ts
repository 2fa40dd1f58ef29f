// GET /webhooks/ (manager+): live endpoints, newest first.
import { count, desc, isNull } from "drizzle-orm";
import { webhookEndpoints } from "@/db/schema";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import type { PageRequest } from "@/lib/http/pagination";
import { selectEndpoints, webhookShape } from "./webhook-shape";

export async function listWebhooks({ ctx, page }: { ctx: Context; page: PageRequest }) {
  requirePermission(ctx, "webhooks:manage");
  const live = isNull(webhookEndpoints.deletedAt);
  const [rows, [total]] = await Promise.all([
    selectEndpoints(ctx)
      .where(live)
      .orderBy(desc(webhookEndpoints.createdAt), desc(webhookEndpoints.id))
      .limit(page.pageSize)
      .offset(page.offset),
    ctx.db.select({ value: count() }).from(webhookEndpoints).where(live),
  ]);
  return { items: rows.map(webhookShape), count: total?.value ?? 0 };
}
