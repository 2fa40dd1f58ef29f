// Pure helpers for one-time codes: generation, keyed hashing and a timing-safe comparison.
import { createHmac, randomInt, timingSafeEqual } from "node:crypto";

export type OtpPurpose = "email_verification" | "password_change";

/** The contract's OTP rules (CONTRACT §5). */
export const otpPolicy = {
  digits: 6,
  ttlMinutes: 10,
  resendCooldownSeconds: 120,
  maxFailedAttempts: 5,
} as const;

/** Six digits from the CSPRNG, leading zeros kept. */
export function generateOtpCode(): string {
  return randomInt(0, 10 ** otpPolicy.digits)
    .toString()
    .padStart(otpPolicy.digits, "0");
}

/**
 * HMAC-SHA256 keyed with the app secret, over the user and purpose as well as the code: a stored
 * hash is useless without the secret, and a code of one purpose (or user) never matches another.
 */
export function hashOtp(
  secret: string,
  input: { userId: string; purpose: OtpPurpose; code: string },
): string {
  return createHmac("sha256", secret)
    .update(`otp:v1:${input.purpose}:${input.userId}:${input.code}`)
    .digest("hex");
}

/** Compare a presented code against a stored hash in constant time. */
export function otpMatches(
  secret: string,
  storedHash: string,
  input: { userId: string; purpose: OtpPurpose; code: string },
): boolean {
  const expected = Buffer.from(storedHash, "hex");
  const actual = Buffer.from(hashOtp(secret, input), "hex");
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** Only a six-digit string can be a code; anything else fails without touching the database. */
export function isWellFormedOtp(code: string): boolean {
  return /^\d{6}$/.test(code);
}
