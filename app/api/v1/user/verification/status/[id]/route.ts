// GET /api/v1/user/verification/status/{user_id}/ — a person's verification status, for the
// person or a reviewer (manager+); anyone else gets 404.
import { z } from "zod";
import { defineRoute } from "@/lib/http/define-route";
import { getVerificationStatus } from "@/lib/verification/get-verification-status";
import { verificationStatus } from "@/lib/verification/schemas";

export const GET = defineRoute(
  {
    summary: "Get a person's verification status",
    description: "For the person themselves or staff holding `verification:review` (manager+).",
    tags: ["User verification"],
    auth: "user",
    params: z.object({ id: z.uuid() }),
    response: verificationStatus,
    errors: [403, 404],
  },
  async ({ ctx, params }) => getVerificationStatus({ ctx, input: { userId: params.id } }),
);

export * from "@/lib/http/unserved-methods";
