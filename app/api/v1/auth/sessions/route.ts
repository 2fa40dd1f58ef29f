// GET, DELETE /api/v1/auth/sessions/ — my sessions; end all but the current one.
import { z } from "zod";
import { sessionSummary } from "@/lib/accounts/security/schemas";
import { listOwnSessions } from "@/lib/accounts/security/list-own-sessions";
import { revokeOtherSessions } from "@/lib/accounts/security/revoke-other-sessions";
import { defineRoute } from "@/lib/http/define-route";

export const GET = defineRoute(
  {
    summary: "My sessions",
    tags: ["Account security"],
    auth: "user",
    response: z.object({ results: z.array(sessionSummary) }),
  },
  async ({ ctx }) => ({ results: await listOwnSessions({ ctx }) }),
);

export const DELETE = defineRoute(
  {
    summary: "End all my other sessions",
    tags: ["Account security"],
    auth: "user",
    response: z.object({ revoked: z.number().int() }),
  },
  async ({ ctx }) => revokeOtherSessions({ ctx }),
);

export * from "@/lib/http/unserved-methods";
