import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  index,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { storedFiles } from "./stored-files";

export const userTypeEnum = pgEnum("user_type", ["candidate", "staff"]);
/** How the account came to exist: only self-registered staff are swept when left unverified. */
export const registrationSourceEnum = pgEnum("registration_source", [
  "self",
  "invite",
  "admin",
  "seed",
]);

/** Minimal person record; the accounts and people issues add profile tables beside it. */
export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    firstName: text("first_name").notNull().default(""),
    lastName: text("last_name").notNull().default(""),
    phone: text("phone"),
    userType: userTypeEnum("user_type").notNull(),
    role: text("role").notNull(),
    passwordHash: text("password_hash"),
    // Candidates have a school, staff an occupation (the spec's two profile shapes).
    school: text("school"),
    occupation: text("occupation"),
    // The account picture: a private stored file, shown through short-lived signed links.
    profilePictureFileId: uuid("profile_picture_file_id").references(
      (): AnyPgColumn => storedFiles.id,
      { onDelete: "set null" },
    ),
    // Who invited this staff member (POST /staff/invite/); null for everyone else.
    invitedById: uuid("invited_by_id").references((): AnyPgColumn => users.id, {
      onDelete: "set null",
    }),
    registrationSource: registrationSourceEnum("registration_source").notNull().default("self"),
    emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
    passwordChangedAt: timestamp("password_changed_at", { withTimezone: true }),
    // Set when the person deleted their account: personal fields are anonymised, exam records stay.
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    isActive: boolean("is_active").notNull().default(true),
    isEmailVerified: boolean("is_email_verified").notNull().default(false),
    isUserVerified: boolean("is_user_verified").notNull().default(false),
    dateJoined: timestamp("date_joined", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // Emails are compared case-insensitively: one account per address whatever its case.
    uniqueIndex("users_email_lower_unique").on(sql`lower(${table.email})`),
    index("users_type_role_idx").on(table.userType, table.role),
  ],
);
