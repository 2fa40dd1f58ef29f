// POST /api/v1/auth/password-change/ — change the password with a confirmed OTP; signs out every session.
import { messageResponse } from "@/lib/accounts/otp/schemas";
import { changePasswordWithOtp } from "@/lib/accounts/password/change-password-with-otp";
import { passwordChangeInput } from "@/lib/accounts/password/schemas";
import { defineRoute } from "@/lib/http/define-route";

export const POST = defineRoute(
  {
    summary: "Change password with a confirmed OTP",
    tags: ["Email & Password"],
    body: passwordChangeInput,
    response: messageResponse,
    rateLimit: "login",
    errors: [400, 429],
  },
  async ({ ctx, body, limit }) => {
    await limit("login", `email:${body.email}`);
    return changePasswordWithOtp({ ctx, input: body });
  },
);

export * from "@/lib/http/unserved-methods";
