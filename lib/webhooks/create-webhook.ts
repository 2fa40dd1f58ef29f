// POST /webhooks/ (manager+): register an endpoint; its secret is generated here and shown once.
import { webhookEndpoints } from "@/db/schema";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { webhooksAllowPrivateTargets } from "@/lib/env";
import { Invalid } from "@/lib/errors";
import type { CreateWebhookBody } from "./schemas";
import { generateWebhookSecret } from "./signing";
import { targetProblem } from "./target-guard";
import { getWebhookShape } from "./webhook-shape";

export async function createWebhook({ ctx, input }: { ctx: Context; input: CreateWebhookBody }) {
  requirePermission(ctx, "webhooks:manage");
  const problem = targetProblem(new URL(input.url), webhooksAllowPrivateTargets());
  if (problem) throw new Invalid("Invalid webhook URL.", { url: [problem] });
  const now = ctx.clock.now();
  const secret = generateWebhookSecret();
  const [row] = await ctx.db
    .insert(webhookEndpoints)
    .values({
      url: input.url,
      description: input.description,
      events: input.events,
      secret,
      createdById: ctx.actor.user!.id,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: webhookEndpoints.id });
  return { ...(await getWebhookShape(ctx, row!.id)), secret };
}
