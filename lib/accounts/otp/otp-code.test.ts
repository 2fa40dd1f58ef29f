import { describe, expect, it } from "vitest";
import { generateOtpCode, hashOtp, isWellFormedOtp, otpMatches } from "./otp-code";

const secret = "test-secret";
const userId = "00000000-0000-4000-8000-000000000001";

describe("OTP codes", () => {
  it("are six digits", () => {
    for (let i = 0; i < 200; i += 1) expect(generateOtpCode()).toMatch(/^\d{6}$/);
  });

  it("are not constant", () => {
    const codes = new Set(Array.from({ length: 50 }, generateOtpCode));
    expect(codes.size).toBeGreaterThan(40);
  });

  it("hash deterministically and never contain the code", () => {
    const input = { userId, purpose: "email_verification" as const, code: "123456" };
    expect(hashOtp(secret, input)).toBe(hashOtp(secret, input));
    expect(hashOtp(secret, input)).not.toContain("123456");
    expect(hashOtp(secret, input)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("match only the same code, user, purpose and secret", () => {
    const input = { userId, purpose: "email_verification" as const, code: "123456" };
    const stored = hashOtp(secret, input);
    expect(otpMatches(secret, stored, input)).toBe(true);
    expect(otpMatches(secret, stored, { ...input, code: "123457" })).toBe(false);
    expect(otpMatches(secret, stored, { ...input, purpose: "password_change" })).toBe(false);
    expect(otpMatches(secret, stored, { ...input, userId: userId.replace("1", "2") })).toBe(false);
    expect(otpMatches("other", stored, input)).toBe(false);
    expect(otpMatches(secret, "not-hex", input)).toBe(false);
  });

  it("recognises well-formed codes", () => {
    expect(isWellFormedOtp("012345")).toBe(true);
    for (const bad of ["12345", "1234567", "12345a", " 123456", ""]) {
      expect(isWellFormedOtp(bad)).toBe(false);
    }
  });
});
