"use server";
// Server actions of the verification review queue. Each checks the caller's live session and
// the verification:review permission itself: a server action is reachable without the page.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ApiError } from "@/lib/errors";
import { reviewVerification } from "@/lib/verification/review-verification";
import { staffActionContext } from "@/app/(app)/admin/action-context";
import { withTextRule, type TextRefusal } from "@/lib/http/with-text-rule";

export type ReviewOutcome = { ok: true; message: string } | { ok: false; error: string };

async function review(input: {
  verificationId: string;
  isApproved?: boolean;
  isRejected?: boolean;
  rejectionReason?: string | null;
}): Promise<ReviewOutcome> {
  const context = await staffActionContext("verification:review");
  if ("error" in context) return { ok: false, error: context.error };
  if (!z.uuid().safeParse(input.verificationId).success) {
    return { ok: false, error: "Verification not found." };
  }
  try {
    const item = await reviewVerification({ ctx: context.ctx, input });
    revalidatePath("/admin/verifications");
    const name = `${item.user.first_name} ${item.user.last_name}`.trim() || item.user.email;
    return {
      ok: true,
      message: input.isApproved
        ? `Approved the verification of ${name}.`
        : `Rejected the verification of ${name}.`,
    };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.message };
    throw error;
  }
}

const refusedText = ({ error }: TextRefusal): ReviewOutcome => ({ ok: false, error });

export const approveVerificationAction = withTextRule(async function approveVerificationAction(
  verificationId: string,
): Promise<ReviewOutcome> {
  return review({ verificationId: String(verificationId), isApproved: true });
}, refusedText);

export const rejectVerificationAction = withTextRule(async function rejectVerificationAction(
  verificationId: string,
  reason: string,
): Promise<ReviewOutcome> {
  const rejectionReason = String(reason ?? "").trim();
  if (rejectionReason.length > 500) {
    return { ok: false, error: "The reason may be at most 500 characters." };
  }
  return review({
    verificationId: String(verificationId),
    isRejected: true,
    rejectionReason: rejectionReason || null,
  });
}, refusedText);
