// GET /api/v1/user/verification/status/ — the signed-in person's own verification status.
import { defineRoute } from "@/lib/http/define-route";
import { getVerificationStatus } from "@/lib/verification/get-verification-status";
import { verificationStatus } from "@/lib/verification/schemas";

export const GET = defineRoute(
  {
    summary: "Get my verification status",
    description:
      "status is email_not_verified, not_submitted, pending, verified or rejected; a person verified without a submission (created verified by staff) is verified.",
    tags: ["User verification"],
    auth: "user",
    response: verificationStatus,
  },
  async ({ ctx, caller }) => getVerificationStatus({ ctx, input: { userId: caller.user!.id } }),
);

export * from "@/lib/http/unserved-methods";
