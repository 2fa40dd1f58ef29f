// POST /api/v1/auth/password-change/resend-otp/ — resend the password-change code (2-minute cooldown).
import { otpSentResponse } from "@/lib/accounts/otp/schemas";
import { requestPasswordChangeOtp } from "@/lib/accounts/password/request-password-change-otp";
import { passwordChangeRequestInput } from "@/lib/accounts/password/schemas";
import { defineRoute } from "@/lib/http/define-route";

export const POST = defineRoute(
  {
    summary: "Resend the password-change OTP",
    tags: ["Email & Password"],
    body: passwordChangeRequestInput,
    response: otpSentResponse,
    rateLimit: "login",
    errors: [400, 429],
  },
  async ({ ctx, body, limit }) => {
    await limit("login", `email:${body.email}`);
    return requestPasswordChangeOtp({ ctx, input: body, mode: "resend" });
  },
);

export * from "@/lib/http/unserved-methods";
