// One attempt at one delivery, run as its own step by deliver-webhook. Before sending, a delivery
// whose endpoint was deleted or turned off stops here and says why. After sending, the attempt is
// logged and the delivery either succeeds, waits for its next retry (returned, so the function
// sleeps until then), or fails for good after the last. An endpoint that has failed for 3 days
// without a success is turned off and its owner emailed.
import { and, eq, isNull, sql } from "drizzle-orm";
import { users, webhookAttempts, webhookDeliveries, webhookEndpoints } from "@/db/schema";
import type { Context } from "@/lib/context";
import { queueEmail } from "@/lib/email/queue-email";
import { env, webhooksAllowPrivateTargets } from "@/lib/env";
import { logger } from "@/lib/logger";
import { webhookDisabledEmail } from "./emails";
import { disableAfterFailingMs, retryDelayAfter } from "./retry-schedule";
import { sendWebhook, type SendOutcome } from "./send-webhook";
import { signedHeaders, signingSecrets } from "./signing";

export type AttemptResult =
  | { done: true; status: "succeeded" | "failed" | "cancelled" }
  | { done: false; nextAttemptAt: string };

export type AttemptOptions = {
  /** The HTTP attempt; tests may wrap it (e.g. to stop the runner mid-delivery). */
  send?: typeof sendWebhook;
  random?: () => number;
};

export async function attemptDelivery({
  ctx,
  input,
  options = {},
}: {
  ctx: Context;
  input: { deliveryId: string };
  options?: AttemptOptions;
}): Promise<AttemptResult> {
  const [row] = await ctx.db
    .select({ delivery: webhookDeliveries, endpoint: webhookEndpoints })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(eq(webhookDeliveries.id, input.deliveryId));
  if (!row) return { done: true, status: "cancelled" };
  const { delivery, endpoint } = row;
  if (delivery.status !== "pending") return { done: true, status: delivery.status };

  const stopReason = endpoint.deletedAt
    ? "The webhook was deleted; this delivery stopped."
    : !endpoint.isActive
      ? `The webhook is turned off${endpoint.disabledReason ? ` (${endpoint.disabledReason})` : ""}; this delivery stopped.`
      : null;
  if (stopReason) {
    await cancelDelivery(ctx, delivery.id, stopReason);
    return { done: true, status: "cancelled" };
  }

  const startedAt = ctx.clock.now();
  const outcome = await (options.send ?? sendWebhook)({
    url: endpoint.url,
    body: delivery.body,
    headers: signedHeaders(
      signingSecrets(endpoint, startedAt),
      delivery.messageId,
      startedAt,
      delivery.body,
    ),
    timeoutMs: env.WEBHOOK_TIMEOUT_MS,
    allowPrivate: webhooksAllowPrivateTargets(),
  });
  return recordAttempt(ctx, { delivery, endpoint, startedAt, outcome, random: options.random });
}

async function recordAttempt(
  ctx: Context,
  {
    delivery,
    endpoint,
    startedAt,
    outcome,
    random,
  }: {
    delivery: typeof webhookDeliveries.$inferSelect;
    endpoint: typeof webhookEndpoints.$inferSelect;
    startedAt: Date;
    outcome: SendOutcome;
    random?: () => number;
  },
): Promise<AttemptResult> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const [counted] = await tx
      .update(webhookDeliveries)
      .set({ attemptCount: sql`${webhookDeliveries.attemptCount} + 1` })
      .where(and(eq(webhookDeliveries.id, delivery.id), eq(webhookDeliveries.status, "pending")))
      .returning({ attemptCount: webhookDeliveries.attemptCount });
    if (!counted) return { done: true, status: "cancelled" } as const;
    const attemptNumber = counted.attemptCount;
    const delay = outcome.ok ? null : retryDelayAfter(attemptNumber, random);
    const nextRetryAt = delay === null ? null : new Date(now.getTime() + delay);
    await tx.insert(webhookAttempts).values({
      deliveryId: delivery.id,
      attemptNumber,
      startedAt,
      durationMs: outcome.durationMs,
      statusCode: outcome.statusCode,
      responseSnippet: outcome.responseSnippet,
      error: outcome.error,
      nextRetryAt,
    });

    if (outcome.ok) {
      await tx
        .update(webhookDeliveries)
        .set({
          status: "succeeded",
          lastStatusCode: outcome.statusCode,
          lastError: null,
          nextAttemptAt: null,
          finishedAt: now,
        })
        .where(eq(webhookDeliveries.id, delivery.id));
      await tx
        .update(webhookEndpoints)
        .set({ failingSince: null })
        .where(eq(webhookEndpoints.id, endpoint.id));
      return { done: true, status: "succeeded" } as const;
    }

    await tx
      .update(webhookDeliveries)
      .set({
        lastStatusCode: outcome.statusCode,
        lastError: outcome.error,
        nextAttemptAt: nextRetryAt,
        ...(nextRetryAt ? {} : { status: "failed" as const, finishedAt: now }),
      })
      .where(eq(webhookDeliveries.id, delivery.id));
    await noteFailure(tx, endpoint, now);
    return nextRetryAt
      ? ({ done: false, nextAttemptAt: nextRetryAt.toISOString() } as const)
      : ({ done: true, status: "failed" } as const);
  });
}

/** Start the endpoint's failure clock; after 3 days without a success, turn it off and tell its owner. */
async function noteFailure(
  tx: Context["db"],
  endpoint: typeof webhookEndpoints.$inferSelect,
  now: Date,
) {
  const [marked] = await tx
    .update(webhookEndpoints)
    .set({
      failingSince: sql`coalesce(${webhookEndpoints.failingSince}, ${now.toISOString()}::timestamptz)`,
    })
    .where(eq(webhookEndpoints.id, endpoint.id))
    .returning({ failingSince: webhookEndpoints.failingSince });
  const since = marked?.failingSince;
  if (!since || now.getTime() - since.getTime() < disableAfterFailingMs) return;

  const reason = `Every delivery failed for 3 days (since ${since.toUTCString().replace("GMT", "UTC")}).`;
  const [disabled] = await tx
    .update(webhookEndpoints)
    .set({ isActive: false, disabledReason: reason, updatedAt: now })
    .where(
      and(
        eq(webhookEndpoints.id, endpoint.id),
        eq(webhookEndpoints.isActive, true),
        isNull(webhookEndpoints.deletedAt),
      ),
    )
    .returning({ id: webhookEndpoints.id });
  if (!disabled) return;
  logger.warn("webhooks: endpoint turned off after failing for 3 days", {
    endpointId: endpoint.id,
  });
  if (!endpoint.createdById) return;
  const [owner] = await tx
    .select({ email: users.email, firstName: users.firstName, isActive: users.isActive })
    .from(users)
    .where(eq(users.id, endpoint.createdById));
  if (owner?.isActive) await queueEmail(tx, webhookDisabledEmail(owner, endpoint, reason));
}

/** Stop a pending delivery without sending it, saying why. */
async function cancelDelivery(ctx: Context, deliveryId: string, reason: string) {
  await ctx.db
    .update(webhookDeliveries)
    .set({
      status: "cancelled",
      lastError: reason,
      nextAttemptAt: null,
      finishedAt: ctx.clock.now(),
    })
    .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.status, "pending")));
}
