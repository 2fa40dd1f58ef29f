// POST /api/v1/verify-email-otp/ — verify the email with the code sent at registration.
import { messageResponse, verifyEmailOtpInput } from "@/lib/accounts/otp/schemas";
import { verifyEmailOtp } from "@/lib/accounts/otp/verify-email";
import { defineRoute } from "@/lib/http/define-route";

export const POST = defineRoute(
  {
    summary: "Verify email with OTP",
    tags: ["Email & Password"],
    body: verifyEmailOtpInput,
    response: messageResponse,
    rateLimit: "login",
    errors: [400, 429],
  },
  async ({ ctx, body, limit }) => {
    await limit("login", `email:${body.email}`);
    return verifyEmailOtp({ ctx, input: body });
  },
);

export * from "@/lib/http/unserved-methods";
