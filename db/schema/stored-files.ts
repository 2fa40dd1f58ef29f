import { integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

export const storageProviderEnum = pgEnum("storage_provider", ["local", "uploadthing"]);

/** Private uploads. Never served by a public URL: only through a short-lived signed one. */
export const storedFiles = pgTable("stored_files", {
  id: uuid("id").primaryKey().defaultRandom(),
  provider: storageProviderEnum("provider").notNull(),
  providerKey: text("provider_key").notNull(),
  ownerId: uuid("owner_id").references(() => users.id, { onDelete: "set null" }),
  purpose: text("purpose").notNull(),
  fileName: text("file_name").notNull(),
  contentType: text("content_type").notNull(),
  sizeBytes: integer("size_bytes").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
