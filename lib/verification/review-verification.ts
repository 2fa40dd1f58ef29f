// POST /user/verification/action/{id}/: a reviewer approves or rejects a submission. A decided
// one may be decided again (a manager can revoke an approval by rejecting it).
import { and, eq, isNull } from "drizzle-orm";
import { userVerifications, users } from "@/db/schema";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { queueEmail } from "@/lib/email";
import { Forbidden, Invalid, NotFound } from "@/lib/errors";
import { publishEvent } from "@/lib/jobs/publish-event";
import { verificationApprovedEmail, verificationRejectedEmail } from "./emails";
import { selectListItems, toListItem } from "./list-verifications";
import type { VerificationListItem } from "./schemas";

export type ReviewVerificationInput = {
  verificationId: string;
  isApproved?: boolean;
  isRejected?: boolean;
  rejectionReason?: string | null;
};

/** Manager+ (verification:review), and nobody reviews their own verification. */
export async function reviewVerification({
  ctx,
  input,
}: {
  ctx: Context;
  input: ReviewVerificationInput;
}): Promise<VerificationListItem> {
  requirePermission(ctx, "verification:review");
  const approve = input.isApproved === true;
  if (approve === (input.isRejected === true)) {
    throw new Invalid("Send exactly one of is_approved: true or is_rejected: true.", {
      non_field_errors: ["Send exactly one of is_approved: true or is_rejected: true."],
    });
  }
  const reason = approve ? null : input.rejectionReason?.trim() || null;
  if (reason && reason.length > 500) {
    throw new Invalid("The reason may be at most 500 characters.", {
      rejection_reason: ["The reason may be at most 500 characters."],
    });
  }
  const reviewerId = ctx.actor.user?.id ?? null;

  await ctx.db.transaction(async (tx) => {
    const [found] = await tx
      .select({ verification: userVerifications, user: users })
      .from(userVerifications)
      .innerJoin(users, eq(users.id, userVerifications.userId))
      .where(and(eq(userVerifications.id, input.verificationId), isNull(users.deletedAt)))
      .limit(1)
      .for("update", { of: userVerifications });
    if (!found) throw new NotFound("Verification not found.");
    if (found.user.id === reviewerId) {
      throw new Forbidden("You cannot review your own verification.", "permission_denied");
    }
    const now = ctx.clock.now();
    const status = approve ? ("approved" as const) : ("rejected" as const);
    await tx
      .update(userVerifications)
      .set({
        status,
        rejectionReason: reason,
        reviewedAt: now,
        reviewedById: reviewerId,
        updatedAt: now,
      })
      .where(eq(userVerifications.id, found.verification.id));
    await tx
      .update(users)
      .set({ isUserVerified: approve, updatedAt: now })
      .where(eq(users.id, found.user.id));
    const recipient = { email: found.user.email, firstName: found.user.firstName };
    await queueEmail(
      tx,
      approve ? verificationApprovedEmail(recipient) : verificationRejectedEmail(recipient, reason),
    );
    await publishEvent(tx, {
      name: "user/verification.reviewed",
      data: {
        verificationId: found.verification.id,
        userId: found.user.id,
        status,
        reviewedById: reviewerId,
      },
    });
  });

  const [row] = await selectListItems(ctx)
    .where(eq(userVerifications.id, input.verificationId))
    .limit(1);
  return toListItem(row!);
}
