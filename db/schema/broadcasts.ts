// Broadcasts and notifications (issue 14, CONTRACT §9). A broadcast is written with its event in
// one transaction; its fan-out (a durable job) writes one delivery per (broadcast, recipient,
// medium) — unique, so a resumed job never delivers twice — and a log line per medium and target
// role. A notification is one person's message in the platform (from a broadcast or an event that
// concerns them); `readAt` null = unread.
import { sql } from "drizzle-orm";
import {
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./users";

export const broadcastStatusEnum = pgEnum("broadcast_status", [
  "pending",
  "sending",
  "sent",
  "partially_failed",
  "failed",
]);

export type BroadcastTargets = { staff?: string[]; candidate?: string[] };

export const broadcasts = pgTable("broadcasts", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  subject: text("subject").notNull(),
  message: text("message").notNull(),
  /** Subset of email, platform, in the order given. */
  mediums: text("mediums").array().notNull(),
  targetRoles: jsonb("target_roles").$type<BroadcastTargets>().notNull(),
  status: broadcastStatusEnum("status").notNull().default("pending"),
  createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  lastAttemptAt: timestamp("last_attempt_at", { withTimezone: true }),
});

/** What the fan-out did, per medium and target role (the spec's `logs`). */
export const broadcastLogs = pgTable(
  "broadcast_logs",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    broadcastId: integer("broadcast_id")
      .notNull()
      .references(() => broadcasts.id, { onDelete: "cascade" }),
    medium: text("medium").notNull(),
    targetRole: text("target_role").notNull(),
    roleType: text("role_type").notNull(),
    status: text("status").notNull(),
    message: text("message").notNull(),
    attemptedAt: timestamp("attempted_at", { withTimezone: true }).notNull(),
  },
  (table) => [index("broadcast_logs_broadcast_idx").on(table.broadcastId, table.id)],
);

/** One recipient of one broadcast by one medium: at most once, whatever the job does. */
export const broadcastDeliveries = pgTable(
  "broadcast_deliveries",
  {
    broadcastId: integer("broadcast_id")
      .notNull()
      .references(() => broadcasts.id, { onDelete: "cascade" }),
    recipientId: uuid("recipient_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    medium: text("medium").notNull(),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }).notNull(),
    /**
     * Email medium: the email_outbox row for this recipient (its status says whether it went).
     * No foreign key: the delivery is written first (it decides who is new), the email after.
     */
    emailId: uuid("email_id"),
  },
  (table) => [primaryKey({ columns: [table.broadcastId, table.recipientId, table.medium] })],
);

export const notifications = pgTable(
  "notifications",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    subject: text("subject").notNull(),
    message: text("message").notNull(),
    broadcastId: integer("broadcast_id").references(() => broadcasts.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    readAt: timestamp("read_at", { withTimezone: true }),
    /**
     * For notifications about an event (lib/notifications/notify-people.ts): what it was about
     * (`verification:<id>`, `exam-opened:<exam>:<opensAt>` …); null for broadcasts, which have
     * their deliveries.
     */
    dedupeKey: text("dedupe_key"),
  },
  (table) => [
    index("notifications_user_idx").on(table.userId, sql`${table.id} desc`),
    index("notifications_unread_idx")
      .on(table.userId)
      .where(sql`${table.readAt} is null`),
    // A broadcast's read receipts and its list of who has not read it.
    index("notifications_broadcast_idx").on(table.broadcastId, table.userId),
    // Exactly once per event that concerns a person (a redelivered event adds nothing).
    uniqueIndex("notifications_dedupe_idx").on(table.userId, table.dedupeKey),
  ],
);
