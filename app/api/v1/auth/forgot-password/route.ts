// POST /api/v1/auth/forgot-password/ — email a reset link (same answer whether or not the email exists).
import { requestPasswordReset } from "@/lib/accounts/password/request-password-reset";
import { forgotPasswordInput, messageResponse } from "@/lib/accounts/password/schemas";
import { defineRoute } from "@/lib/http/define-route";

export const POST = defineRoute(
  {
    summary: "Forgot password",
    tags: ["Account security"],
    body: forgotPasswordInput,
    response: messageResponse,
    rateLimit: "login",
  },
  async ({ ctx, body, limit }) => {
    await limit("login", `email:${body.email.trim().toLowerCase()}`);
    return requestPasswordReset({ ctx, input: body });
  },
);

export * from "@/lib/http/unserved-methods";
