// POST /api/v1/auth/password-change/confirm-otp/ — confirm the password-change code.
import { messageResponse } from "@/lib/accounts/otp/schemas";
import { confirmPasswordChangeOtp } from "@/lib/accounts/password/confirm-password-change-otp";
import { passwordChangeConfirmInput } from "@/lib/accounts/password/schemas";
import { defineRoute } from "@/lib/http/define-route";

export const POST = defineRoute(
  {
    summary: "Confirm the password-change OTP",
    tags: ["Email & Password"],
    body: passwordChangeConfirmInput,
    response: messageResponse,
    rateLimit: "login",
    errors: [400, 429],
  },
  async ({ ctx, body, limit }) => {
    await limit("login", `email:${body.email}`);
    return confirmPasswordChangeOtp({ ctx, input: body });
  },
);

export * from "@/lib/http/unserved-methods";
