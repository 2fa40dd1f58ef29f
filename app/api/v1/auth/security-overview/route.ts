// GET /api/v1/auth/security-overview/ — how my account signs in and what happened lately.
import { getSecurityOverview } from "@/lib/accounts/security/get-security-overview";
import { securityOverview } from "@/lib/accounts/security/schemas";
import { defineRoute } from "@/lib/http/define-route";

export const GET = defineRoute(
  {
    summary: "Security overview",
    tags: ["Account security"],
    auth: "user",
    response: securityOverview,
  },
  async ({ ctx }) => getSecurityOverview({ ctx }),
);

export * from "@/lib/http/unserved-methods";
