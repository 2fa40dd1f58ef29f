import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { storedFiles } from "./stored-files";
import { users } from "./users";

export const verificationStatusEnum = pgEnum("verification_status", [
  "pending",
  "approved",
  "rejected",
]);

/**
 * A person's identity verification: one row per person, its three documents as private stored
 * files. A resubmission replaces the documents and returns the row to `pending`; approval is what
 * sets `users.is_user_verified`.
 */
export const userVerifications = pgTable(
  "user_verifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: verificationStatusEnum("status").notNull().default("pending"),
    faceIdFileId: uuid("face_id_file_id").references(() => storedFiles.id, {
      onDelete: "set null",
    }),
    idCardFileId: uuid("id_card_file_id").references(() => storedFiles.id, {
      onDelete: "set null",
    }),
    verificationDocumentFileId: uuid("verification_document_file_id").references(
      () => storedFiles.id,
      { onDelete: "set null" },
    ),
    rejectionReason: text("rejection_reason"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull(),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    reviewedById: uuid("reviewed_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("user_verifications_user_unique").on(table.userId),
    index("user_verifications_status_submitted_idx").on(table.status, table.submittedAt),
  ],
);
