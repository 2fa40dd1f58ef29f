// Integrators' webhooks (CONTRACT §6, §9): endpoints staff register, one delivery per (endpoint,
// event) carrying a stable `webhook-id`, and every attempt to deliver it, for the deliveries log.
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { users } from "./users";

export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    url: text("url").notNull(),
    description: text("description").notNull().default(""),
    /** The event types this endpoint subscribes to (`attempt.submitted`, …). */
    events: text("events").array().notNull(),
    isActive: boolean("is_active").notNull().default(true),
    /**
     * `whsec_` + base64. Kept as written (it must sign); shown to staff once, at creation or
     * rotation. During a rotation the previous secret also signs until it expires.
     */
    secret: text("secret").notNull(),
    previousSecret: text("previous_secret"),
    previousSecretExpiresAt: timestamp("previous_secret_expires_at", { withTimezone: true }),
    /** Set by the first failed attempt after a success; an endpoint failing for 3 days is disabled. */
    failingSince: timestamp("failing_since", { withTimezone: true }),
    /** Why the platform (not a person) turned it off, e.g. after failing for 3 days. */
    disabledReason: text("disabled_reason"),
    createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    /** Deleting keeps the row so that queued deliveries can stop and say why. */
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (table) => [index("webhook_endpoints_created_idx").on(table.createdAt)],
);

export const webhookDeliveryStatusEnum = pgEnum("webhook_delivery_status", [
  "pending",
  "succeeded",
  "failed",
  "cancelled",
]);

export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    endpointId: uuid("endpoint_id")
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    /** The `webhook-id` header: one per event, the same on every retry (and on a replay). */
    messageId: text("message_id").notNull(),
    eventType: text("event_type").notNull(),
    /** The exact body sent, so that every attempt signs and sends the same bytes. */
    body: text("body").notNull(),
    status: webhookDeliveryStatusEnum("status").notNull().default("pending"),
    attemptCount: integer("attempt_count").notNull().default(0),
    lastStatusCode: integer("last_status_code"),
    lastError: text("last_error"),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }),
    /** A replay is a new delivery of the same message; it points at the one it replays. */
    replayOfId: uuid("replay_of_id").references((): AnyPgColumn => webhookDeliveries.id, {
      onDelete: "set null",
    }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (table) => [
    // A redelivered event adds nothing: one original delivery per (endpoint, message).
    uniqueIndex("webhook_deliveries_endpoint_message_unique")
      .on(table.endpointId, table.messageId)
      .where(sql`${table.replayOfId} is null`),
    index("webhook_deliveries_endpoint_created_idx").on(table.endpointId, table.createdAt),
  ],
);

export const webhookAttempts = pgTable(
  "webhook_attempts",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    deliveryId: uuid("delivery_id")
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: "cascade" }),
    attemptNumber: integer("attempt_number").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    durationMs: integer("duration_ms").notNull(),
    statusCode: integer("status_code"),
    /** The first bytes of the receiver's answer. */
    responseSnippet: text("response_snippet"),
    error: text("error"),
    nextRetryAt: timestamp("next_retry_at", { withTimezone: true }),
  },
  (table) => [index("webhook_attempts_delivery_idx").on(table.deliveryId, table.attemptNumber)],
);
