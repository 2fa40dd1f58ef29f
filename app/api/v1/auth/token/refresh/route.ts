// POST /api/v1/auth/token/refresh/ — rotate the refresh token; reusing an old one revokes the session.
import { refreshSession } from "@/lib/auth/sessions/refresh-session";
import { refreshInput, tokenPair } from "@/lib/auth/sessions/schemas";
import { defineRoute } from "@/lib/http/define-route";

export const POST = defineRoute(
  {
    summary: "Refresh tokens",
    tags: ["Authentication"],
    body: refreshInput,
    response: tokenPair,
    errors: [401],
  },
  async ({ ctx, body }) => refreshSession({ ctx, input: body }),
);

export * from "@/lib/http/unserved-methods";
