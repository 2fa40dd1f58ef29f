// Invitations to an exam (CONTRACT §6): staff or an integrator invite a person by email; the
// link lets them set a password and land on the exam. One invitation per (exam, person).
import { integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { apiKeys } from "./api-keys";
import { exams } from "./exams";
import { users } from "./users";

/** Who asked for an invitation is kept for the staff page; the token is only ever a hash. */
export const examInvitations = pgTable(
  "exam_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    examId: integer("exam_id")
      .notNull()
      .references(() => exams.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    tokenHash: text("token_hash").notNull(),
    tokenExpiresAt: timestamp("token_expires_at", { withTimezone: true }).notNull(),
    invitedById: uuid("invited_by_id").references(() => users.id, { onDelete: "set null" }),
    invitedByApiKeyId: uuid("invited_by_api_key_id").references(() => apiKeys.id, {
      onDelete: "set null",
    }),
    sentCount: integer("sent_count").notNull().default(1),
    lastSentAt: timestamp("last_sent_at", { withTimezone: true }).notNull().defaultNow(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("exam_invitations_exam_user_unique").on(table.examId, table.userId),
    uniqueIndex("exam_invitations_token_unique").on(table.tokenHash),
  ],
);
