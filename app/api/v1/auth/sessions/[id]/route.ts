// DELETE /api/v1/auth/sessions/{id}/ — end one of my sessions (someone else's id is a 404).
import { z } from "zod";
import { revokeOwnSession } from "@/lib/accounts/security/revoke-own-session";
import { defineRoute } from "@/lib/http/define-route";

export const DELETE = defineRoute(
  {
    summary: "End one of my sessions",
    tags: ["Account security"],
    auth: "user",
    params: z.object({ id: z.uuid() }),
    status: 204,
    errors: [404],
  },
  async ({ ctx, params }) => {
    await revokeOwnSession({ ctx, input: params });
    return new Response(null, { status: 204 });
  },
);

export * from "@/lib/http/unserved-methods";
