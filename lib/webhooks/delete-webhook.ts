// DELETE /webhooks/{id}/ (manager+): the endpoint disappears from lists and receives nothing more;
// deliveries still queued stop at their next attempt and their log says the endpoint was deleted.
import { eq } from "drizzle-orm";
import { webhookEndpoints } from "@/db/schema";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { loadEndpoint } from "./webhook-shape";

export async function deleteWebhook({ ctx, input }: { ctx: Context; input: { id: string } }) {
  requirePermission(ctx, "webhooks:manage");
  const endpoint = await loadEndpoint(ctx, input.id);
  const now = ctx.clock.now();
  await ctx.db
    .update(webhookEndpoints)
    .set({ deletedAt: now, isActive: false, updatedAt: now })
    .where(eq(webhookEndpoints.id, endpoint.id));
}
