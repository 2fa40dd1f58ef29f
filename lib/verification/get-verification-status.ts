// Where a person stands with identity verification (GET /user/verification/status/[{id}/]).
import type { users } from "@/db/schema";
import type { Context } from "@/lib/context";
import { loadPerson } from "@/lib/people/profile";
import { assertMaySeeVerificationOf } from "./access";
import { loadVerificationRow } from "./verification-row";
import type { VerificationRow } from "./documents";
import type { VerificationStatus, VerificationStatusName } from "./schemas";

type Person = Pick<typeof users.$inferSelect, "isEmailVerified" | "isUserVerified">;

/**
 * Email first (nothing counts before the address is verified), then the submission's own state.
 * A person verified without a submission (seeded or created verified by staff) is "verified":
 * there is nothing for them to upload.
 */
export function statusName(
  person: Person,
  row: VerificationRow | undefined,
): VerificationStatusName {
  if (!person.isEmailVerified) return "email_not_verified";
  if (!row) return person.isUserVerified ? "verified" : "not_submitted";
  return row.status === "approved" ? "verified" : row.status;
}

export function toVerificationStatus(
  person: Person,
  row: VerificationRow | undefined,
): VerificationStatus {
  const status = statusName(person, row);
  const approved = row ? row.status === "approved" : person.isUserVerified;
  return {
    status,
    is_approved: approved,
    is_rejected: row?.status === "rejected",
    is_pending: row?.status === "pending",
    rejection_reason: row?.status === "rejected" ? row.rejectionReason : null,
    submitted_at: row?.submittedAt.toISOString() ?? null,
    reviewed_at: row?.reviewedAt?.toISOString() ?? null,
    documents: {
      face_id: Boolean(row?.faceIdFileId),
      id_card: Boolean(row?.idCardFileId),
      verification_document: Boolean(row?.verificationDocumentFileId),
    },
  };
}

/** The person themselves or a reviewer; anyone else gets 404. */
export async function getVerificationStatus({
  ctx,
  input,
}: {
  ctx: Context;
  input: { userId: string };
}): Promise<VerificationStatus> {
  assertMaySeeVerificationOf(ctx, input.userId, "User not found.");
  const person = await loadPerson(ctx, input.userId);
  return toVerificationStatus(person, await loadVerificationRow(ctx, input.userId));
}
