// GET /api/v1/auth/login-history/?limit= — my recent sign-in attempts.
import { z } from "zod";
import { listLoginHistory } from "@/lib/accounts/security/list-login-history";
import { loginHistoryEntry } from "@/lib/accounts/security/schemas";
import { defineRoute } from "@/lib/http/define-route";

export const GET = defineRoute(
  {
    summary: "My sign-in history",
    tags: ["Account security"],
    auth: "user",
    query: z.object({ limit: z.coerce.number().int().min(1).max(100).default(10) }),
    response: z.object({ results: z.array(loginHistoryEntry) }),
  },
  async ({ ctx, query }) => ({ results: await listLoginHistory({ ctx, input: query }) }),
);

export * from "@/lib/http/unserved-methods";
