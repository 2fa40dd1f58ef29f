// GET /webhooks/{id}/deliveries/ (manager+): newest first, each with every attempt (status code,
// duration, first bytes of the answer, error, next retry); filter by status and event type.
import { and, asc, count, desc, eq, inArray, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { webhookAttempts, webhookDeliveries } from "@/db/schema";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import type { PageRequest } from "@/lib/http/pagination";
import type { deliveriesQuery, webhookDelivery } from "./schemas";
import { loadEndpoint } from "./webhook-shape";

type Filters = Pick<z.output<typeof deliveriesQuery>, "status" | "event_type">;
const iso = (value: Date | null) => (value ? value.toISOString() : null);

export async function listDeliveries({
  ctx,
  input,
  page,
}: {
  ctx: Context;
  input: { id: string } & Filters;
  page: PageRequest;
}): Promise<{ items: z.output<typeof webhookDelivery>[]; count: number }> {
  requirePermission(ctx, "webhooks:manage");
  const endpoint = await loadEndpoint(ctx, input.id);
  const conditions: SQL[] = [eq(webhookDeliveries.endpointId, endpoint.id)];
  if (input.status) conditions.push(eq(webhookDeliveries.status, input.status));
  if (input.event_type) conditions.push(eq(webhookDeliveries.eventType, input.event_type));
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select()
      .from(webhookDeliveries)
      .where(where)
      .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
      .limit(page.pageSize)
      .offset(page.offset),
    ctx.db.select({ value: count() }).from(webhookDeliveries).where(where),
  ]);
  const attempts =
    rows.length === 0
      ? []
      : await ctx.db
          .select()
          .from(webhookAttempts)
          .where(
            inArray(
              webhookAttempts.deliveryId,
              rows.map((row) => row.id),
            ),
          )
          .orderBy(asc(webhookAttempts.attemptNumber), asc(webhookAttempts.id));
  const items = rows.map((row) => ({
    id: row.id,
    message_id: row.messageId,
    event_type: row.eventType,
    status: row.status,
    attempt_count: row.attemptCount,
    last_status_code: row.lastStatusCode,
    last_error: row.lastError,
    next_attempt_at: row.status === "pending" ? iso(row.nextAttemptAt) : null,
    replay_of_id: row.replayOfId,
    created_at: row.createdAt.toISOString(),
    finished_at: iso(row.finishedAt),
    attempts: attempts
      .filter((attempt) => attempt.deliveryId === row.id)
      .map((attempt) => ({
        attempt_number: attempt.attemptNumber,
        started_at: attempt.startedAt.toISOString(),
        duration_ms: attempt.durationMs,
        status_code: attempt.statusCode,
        response_snippet: attempt.responseSnippet,
        error: attempt.error,
        next_retry_at: iso(attempt.nextRetryAt),
      })),
  }));
  return { items, count: total?.value ?? 0 };
}
