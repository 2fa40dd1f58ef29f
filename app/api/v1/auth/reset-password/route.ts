// POST /api/v1/auth/reset-password/ — spend an emailed reset token on a new password.
import { resetPassword } from "@/lib/accounts/password/reset-password";
import { messageResponse, resetPasswordInput } from "@/lib/accounts/password/schemas";
import { defineRoute } from "@/lib/http/define-route";

export const POST = defineRoute(
  {
    summary: "Reset password",
    tags: ["Account security"],
    body: resetPasswordInput,
    response: messageResponse,
    rateLimit: "login",
  },
  async ({ ctx, body }) => resetPassword({ ctx, input: body }),
);

export * from "@/lib/http/unserved-methods";
