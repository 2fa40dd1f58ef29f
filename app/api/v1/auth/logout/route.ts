// POST /api/v1/auth/logout/ — revoke the session of the given refresh token (204).
import { signOut } from "@/lib/auth/sessions/sign-out";
import { refreshInput } from "@/lib/auth/sessions/schemas";
import { defineRoute } from "@/lib/http/define-route";

export const POST = defineRoute(
  { summary: "Sign out", tags: ["Authentication"], body: refreshInput, status: 204, errors: [401] },
  async ({ ctx, body }) => {
    await signOut({ ctx, input: body });
    return new Response(null, { status: 204 });
  },
);

export * from "@/lib/http/unserved-methods";
