// An endpoint as staff see it; the secret itself only leaves in create and rotate.
import { and, eq, isNull, sql } from "drizzle-orm";
import type { z } from "zod";
import { users, webhookEndpoints } from "@/db/schema";
import type { Context } from "@/lib/context";
import { NotFound } from "@/lib/errors";
import type { webhookSummary } from "./schemas";
import { secretHint } from "./signing";

export type EndpointRow = typeof webhookEndpoints.$inferSelect;

const iso = (value: Date | null) => (value ? value.toISOString() : null);

/** Endpoints with their author's name and their latest delivery, ready for webhookShape. */
export function selectEndpoints(ctx: Context) {
  return ctx.db
    .select({
      endpoint: webhookEndpoints,
      authorFirst: users.firstName,
      authorLast: users.lastName,
      lastStatus: sql<string | null>`(select d.status from webhook_deliveries d
        where d.endpoint_id = ${webhookEndpoints.id} order by d.created_at desc limit 1)`,
      lastAt: sql<string | null>`(select d.created_at from webhook_deliveries d
        where d.endpoint_id = ${webhookEndpoints.id} order by d.created_at desc limit 1)`,
    })
    .from(webhookEndpoints)
    .leftJoin(users, eq(users.id, webhookEndpoints.createdById));
}

export type EndpointListRow = {
  endpoint: EndpointRow;
  authorFirst: string | null;
  authorLast: string | null;
  lastStatus: string | null;
  lastAt: string | Date | null;
};

export function webhookShape(row: EndpointListRow): z.output<typeof webhookSummary> {
  const { endpoint } = row;
  return {
    id: endpoint.id,
    url: endpoint.url,
    description: endpoint.description,
    events: endpoint.events,
    is_active: endpoint.isActive,
    disabled_reason: endpoint.disabledReason,
    failing_since: iso(endpoint.failingSince),
    secret_hint: secretHint(endpoint.secret),
    previous_secret_expires_at: iso(endpoint.previousSecretExpiresAt),
    created_by: endpoint.createdById
      ? {
          id: endpoint.createdById,
          name: `${row.authorFirst ?? ""} ${row.authorLast ?? ""}`.trim() || "A staff member",
        }
      : null,
    created_at: endpoint.createdAt.toISOString(),
    updated_at: endpoint.updatedAt.toISOString(),
    last_delivery:
      row.lastStatus && row.lastAt
        ? { status: row.lastStatus, created_at: new Date(row.lastAt).toISOString() }
        : null,
  };
}

/** A live (not deleted) endpoint, or 404. */
export async function loadEndpoint(ctx: Context, id: string): Promise<EndpointRow> {
  const [endpoint] = await ctx.db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, id), isNull(webhookEndpoints.deletedAt)));
  if (!endpoint) throw new NotFound("No webhook with this id.");
  return endpoint;
}

/** One endpoint in the staff shape, or 404. */
export async function getWebhookShape(ctx: Context, id: string) {
  const [row] = await selectEndpoints(ctx).where(
    and(eq(webhookEndpoints.id, id), isNull(webhookEndpoints.deletedAt)),
  );
  if (!row) throw new NotFound("No webhook with this id.");
  return webhookShape(row);
}
