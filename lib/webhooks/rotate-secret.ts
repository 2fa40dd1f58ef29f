// POST /webhooks/{id}/rotate-secret/ (manager+): a new secret, shown once; for 24 hours every
// delivery is signed with both, so a receiver can switch to the new one without missing any.
import { eq } from "drizzle-orm";
import { webhookEndpoints } from "@/db/schema";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { generateWebhookSecret } from "./signing";
import { loadEndpoint } from "./webhook-shape";

export const rotationOverlapMs = 24 * 3_600_000;

export async function rotateWebhookSecret({ ctx, input }: { ctx: Context; input: { id: string } }) {
  requirePermission(ctx, "webhooks:manage");
  const endpoint = await loadEndpoint(ctx, input.id);
  const now = ctx.clock.now();
  const secret = generateWebhookSecret();
  const previousSecretExpiresAt = new Date(now.getTime() + rotationOverlapMs);
  await ctx.db
    .update(webhookEndpoints)
    .set({
      secret,
      previousSecret: endpoint.secret,
      previousSecretExpiresAt,
      updatedAt: now,
    })
    .where(eq(webhookEndpoints.id, endpoint.id));
  return {
    id: endpoint.id,
    secret,
    previous_secret_expires_at: previousSecretExpiresAt.toISOString(),
  };
}
