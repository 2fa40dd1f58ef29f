import { describe, expect, it } from "vitest";
import type { VerificationRow } from "./documents";
import { statusName, toVerificationStatus } from "./get-verification-status";
import { reviewBody } from "./schemas";

const person = (isEmailVerified: boolean, isUserVerified: boolean) => ({
  isEmailVerified,
  isUserVerified,
});
const row = (status: VerificationRow["status"], extra: Partial<VerificationRow> = {}) =>
  ({
    id: "11111111-1111-4111-8111-111111111111",
    userId: "22222222-2222-4222-8222-222222222222",
    status,
    faceIdFileId: "33333333-3333-4333-8333-333333333333",
    idCardFileId: null,
    verificationDocumentFileId: null,
    rejectionReason: null,
    submittedAt: new Date("2026-01-01T10:00:00Z"),
    reviewedAt: null,
    reviewedById: null,
    createdAt: new Date("2026-01-01T10:00:00Z"),
    updatedAt: new Date("2026-01-01T10:00:00Z"),
    ...extra,
  }) satisfies VerificationRow;

describe("verification status", () => {
  it("puts an unverified email first, then the submission's state", () => {
    expect(statusName(person(false, false), row("approved"))).toBe("email_not_verified");
    expect(statusName(person(true, false), undefined)).toBe("not_submitted");
    expect(statusName(person(true, true), undefined)).toBe("verified");
    expect(statusName(person(true, false), row("pending"))).toBe("pending");
    expect(statusName(person(true, true), row("approved"))).toBe("verified");
    expect(statusName(person(true, false), row("rejected"))).toBe("rejected");
  });

  it("shows the rejection reason only while rejected, and which documents exist", () => {
    const rejected = toVerificationStatus(
      person(true, false),
      row("rejected", { rejectionReason: "Blurry", reviewedAt: new Date("2026-01-02T00:00:00Z") }),
    );
    expect(rejected).toMatchObject({
      is_rejected: true,
      is_approved: false,
      rejection_reason: "Blurry",
      submitted_at: "2026-01-01T10:00:00.000Z",
      reviewed_at: "2026-01-02T00:00:00.000Z",
      documents: { face_id: true, id_card: false, verification_document: false },
    });
    const pending = toVerificationStatus(
      person(true, false),
      row("pending", { rejectionReason: "stale" }),
    );
    expect(pending.rejection_reason).toBeNull();
  });
});

describe("review body", () => {
  it("takes exactly one decision", () => {
    expect(reviewBody.safeParse({ is_approved: true }).success).toBe(true);
    expect(reviewBody.safeParse({ is_rejected: true, rejection_reason: "Blurry" }).success).toBe(
      true,
    );
    for (const body of [
      {},
      { is_approved: true, is_rejected: true },
      { is_approved: false },
      { is_rejected: "yes" },
      { is_rejected: true, rejection_reason: "x".repeat(501) },
    ]) {
      expect(reviewBody.safeParse(body).success, JSON.stringify(body)).toBe(false);
    }
  });
});
