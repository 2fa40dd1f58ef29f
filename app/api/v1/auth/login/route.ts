// POST /api/v1/auth/login/ — email + password → {refresh, access, profile}.
import { signIn } from "@/lib/auth/sessions/sign-in";
import { loginInput, loginResponse } from "@/lib/auth/sessions/schemas";
import { defineRoute } from "@/lib/http/define-route";

export const POST = defineRoute(
  {
    summary: "Sign in",
    tags: ["Authentication"],
    body: loginInput,
    response: loginResponse,
    rateLimit: "login",
    errors: [401],
  },
  async ({ ctx, body, limit }) => {
    await limit("login", `email:${body.email.trim().toLowerCase()}`);
    return signIn({ ctx, input: body });
  },
);

export * from "@/lib/http/unserved-methods";
