// POST /api/v1/user/verification/action/{id}/ — approve or reject a verification (manager+).
import { z } from "zod";
import { defineRoute } from "@/lib/http/define-route";
import { reviewBody, reviewResponse } from "@/lib/verification/schemas";
import { reviewVerification } from "@/lib/verification/review-verification";

export const POST = defineRoute(
  {
    summary: "Approve or reject a verification",
    description:
      "Body {is_approved: true} or {is_rejected: true, rejection_reason?}. The id is the verification's. A decided verification may be decided again (rejecting revokes an approval). Nobody reviews their own. The person is emailed the outcome.",
    tags: ["User verification"],
    permission: "verification:review",
    params: z.object({ id: z.uuid() }),
    body: reviewBody,
    response: reviewResponse,
    errors: [404],
  },
  async ({ ctx, params, body }) => ({
    message: "User verification has been updated successfully",
    verification: await reviewVerification({
      ctx,
      input: {
        verificationId: params.id,
        isApproved: body.is_approved,
        isRejected: body.is_rejected,
        rejectionReason: body.rejection_reason,
      },
    }),
  }),
);

export * from "@/lib/http/unserved-methods";
