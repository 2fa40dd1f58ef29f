// GET /webhooks/{id}/ (manager+).
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { getWebhookShape } from "./webhook-shape";

export async function getWebhook({ ctx, input }: { ctx: Context; input: { id: string } }) {
  requirePermission(ctx, "webhooks:manage");
  return getWebhookShape(ctx, input.id);
}
