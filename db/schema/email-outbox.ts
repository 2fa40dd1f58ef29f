import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const emailStatusEnum = pgEnum("email_status", ["queued", "sent", "captured", "failed"]);

/**
 * Every email is written here in the transaction that causes it, then delivered after commit:
 * through Resend when configured ("sent"), or kept for the dev mailbox ("captured"). Each try
 * counts in `attempts` and leaves its error in `lastError`; when the last retry fails the row
 * ends "failed" (the model for every later delivery log: webhooks, notifications).
 */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html").notNull(),
    status: emailStatusEnum("status").notNull().default("queued"),
    providerMessageId: text("provider_message_id"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    /** When the last retry failed; `lastError` then holds the reason. */
    failedAt: timestamp("failed_at", { withTimezone: true }),
  },
  (table) => [index("email_outbox_to_created_idx").on(table.to, table.createdAt)],
);
