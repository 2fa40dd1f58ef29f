// Check a presented one-time code. Every try first claims one of the code's five attempts with an
// atomic update, so concurrent guesses cannot exceed the limit; the fifth wrong try voids the code.
// Failures are written outside any transaction the caller may roll back.
import { and, desc, eq, gt, isNotNull, isNull, lt, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { emailOtps } from "@/db/schema";
import { getAuthSecret } from "@/lib/env";
import { Invalid } from "@/lib/errors";
import { isWellFormedOtp, otpMatches, otpPolicy, type OtpPurpose } from "./otp-code";

export function invalidOtp(): Invalid {
  return new Invalid(
    "The provided One-Time Password is invalid or expired.",
    undefined,
    "invalid_otp",
  );
}

/**
 * The id of the live code of this user and purpose that `code` matches, or null. A live code is
 * unexpired, unconsumed, not void, and (with `requireConfirmed`) already confirmed.
 */
export async function checkOtp(
  db: Executor,
  input: {
    userId: string | undefined;
    purpose: OtpPurpose;
    code: string;
    now: Date;
    requireConfirmed?: boolean;
  },
): Promise<string | null> {
  const { userId, purpose, code, now } = input;
  if (!userId || !isWellFormedOtp(code)) return null;

  const live = and(
    isNull(emailOtps.consumedAt),
    isNull(emailOtps.voidedAt),
    gt(emailOtps.expiresAt, now),
    lt(emailOtps.failedAttempts, otpPolicy.maxFailedAttempts),
  );
  const [current] = await db
    .select({ id: emailOtps.id })
    .from(emailOtps)
    .where(
      and(
        eq(emailOtps.userId, userId),
        eq(emailOtps.purpose, purpose),
        live,
        input.requireConfirmed ? isNotNull(emailOtps.confirmedAt) : undefined,
      ),
    )
    .orderBy(desc(emailOtps.createdAt))
    .limit(1);
  if (!current) return null;

  const [claimed] = await db
    .update(emailOtps)
    .set({ failedAttempts: sql`${emailOtps.failedAttempts} + 1` })
    .where(and(eq(emailOtps.id, current.id), live))
    .returning({ codeHash: emailOtps.codeHash, failedAttempts: emailOtps.failedAttempts });
  if (!claimed) return null;

  if (otpMatches(getAuthSecret(), claimed.codeHash, { userId, purpose, code })) {
    // A right answer does not count as a failure.
    await db
      .update(emailOtps)
      .set({ failedAttempts: sql`${emailOtps.failedAttempts} - 1` })
      .where(eq(emailOtps.id, current.id));
    return current.id;
  }
  if (claimed.failedAttempts >= otpPolicy.maxFailedAttempts) {
    await db.update(emailOtps).set({ voidedAt: now }).where(eq(emailOtps.id, current.id));
  }
  return null;
}

/** Spend a checked code; false when a concurrent request spent or voided it first. */
export async function consumeOtp(db: Executor, otpId: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(emailOtps)
    .set({ consumedAt: now })
    .where(and(eq(emailOtps.id, otpId), isNull(emailOtps.consumedAt), isNull(emailOtps.voidedAt)))
    .returning({ id: emailOtps.id });
  return rows.length > 0;
}

/** Mark a checked password-change code as confirmed (idempotent). */
export async function confirmOtp(db: Executor, otpId: string, now: Date): Promise<void> {
  await db
    .update(emailOtps)
    .set({
      confirmedAt: sql`coalesce(${emailOtps.confirmedAt}, ${now.toISOString()}::timestamptz)`,
    })
    .where(eq(emailOtps.id, otpId));
}
