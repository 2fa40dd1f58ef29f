// PATCH /webhooks/{id}/toggle/ (manager+): turn an endpoint off or back on. Turning it on clears
// the platform's reason for turning it off and starts its failure clock afresh.
import { eq } from "drizzle-orm";
import { webhookEndpoints } from "@/db/schema";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { getWebhookShape, loadEndpoint } from "./webhook-shape";

export async function toggleWebhook({
  ctx,
  input,
}: {
  ctx: Context;
  input: { id: string; isActive?: boolean };
}) {
  requirePermission(ctx, "webhooks:manage");
  const endpoint = await loadEndpoint(ctx, input.id);
  const isActive = input.isActive ?? !endpoint.isActive;
  await ctx.db
    .update(webhookEndpoints)
    .set({
      isActive,
      updatedAt: ctx.clock.now(),
      ...(isActive ? { disabledReason: null, failingSince: null } : {}),
    })
    .where(eq(webhookEndpoints.id, endpoint.id));
  return getWebhookShape(ctx, endpoint.id);
}
