import {
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./users";

export const otpPurposeEnum = pgEnum("otp_purpose", ["email_verification", "password_change"]);

/**
 * One-time codes sent by email. Only a hash of the code is stored; a newer code of the same
 * purpose voids the older ones; five wrong tries void a code.
 */
export const emailOtps = pgTable(
  "email_otps",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: otpPurposeEnum("purpose").notNull(),
    codeHash: text("code_hash").notNull(),
    failedAttempts: integer("failed_attempts").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    // Password change: the code was confirmed and may now be spent on the change itself.
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    consumedAt: timestamp("consumed_at", { withTimezone: true }),
    voidedAt: timestamp("voided_at", { withTimezone: true }),
  },
  (table) => [
    index("email_otps_user_purpose_idx").on(table.userId, table.purpose, table.createdAt),
  ],
);

/** Every sign-in attempt that named an account (or an unknown email), for login history. */
export const loginEvents = pgTable(
  "login_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    success: boolean("success").notNull(),
    reason: text("reason"),
    channel: text("channel").notNull(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("login_events_user_created_idx").on(table.userId, table.createdAt)],
);

/** Emailed single-use links for forgotten passwords; only the token's hash is stored. */
export const passwordResetTokens = pgTable("password_reset_tokens", {
  id: uuid("id").primaryKey().defaultRandom(),
  userId: uuid("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  tokenHash: text("token_hash").notNull().unique(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  usedAt: timestamp("used_at", { withTimezone: true }),
});

/**
 * When a code was last asked for, per email address (hashed) and purpose, whether or not the
 * address has an account: the resend cooldown then answers the same for every address and so
 * never reveals which are registered.
 */
export const otpRequestCooldowns = pgTable(
  "otp_request_cooldowns",
  {
    emailHash: text("email_hash").notNull(),
    purpose: otpPurposeEnum("purpose").notNull(),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.emailHash, table.purpose] })],
);

/**
 * Signs a new person in after they verify their email address, in the browser they registered
 * in, without typing their password again. Issued at registration (the token rides in an
 * httpOnly cookie; only its hash is stored), marked once the person's own email code is verified
 * (`otpVerifiedAt`), then spent once (`consumedAt`) to open a session. It expires unspent.
 */
export const registrationSignInProofs = pgTable(
  "registration_sign_in_proofs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    otpVerifiedAt: timestamp("otp_verified_at", { withTimezone: true }),
    consumedAt: timestamp("consumed_at", { withTimezone: true }),
  },
  (table) => [index("registration_sign_in_proofs_user_idx").on(table.userId)],
);
