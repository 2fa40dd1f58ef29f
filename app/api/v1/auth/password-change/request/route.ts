// POST /api/v1/auth/password-change/request/ — email a password-change code. Same answer for any email.
import { otpSentResponse } from "@/lib/accounts/otp/schemas";
import { requestPasswordChangeOtp } from "@/lib/accounts/password/request-password-change-otp";
import { passwordChangeRequestInput } from "@/lib/accounts/password/schemas";
import { defineRoute } from "@/lib/http/define-route";

export const POST = defineRoute(
  {
    summary: "Request a password-change OTP",
    tags: ["Email & Password"],
    body: passwordChangeRequestInput,
    response: otpSentResponse,
    rateLimit: "login",
    errors: [400, 429],
  },
  async ({ ctx, body, limit }) => {
    await limit("login", `email:${body.email}`);
    return requestPasswordChangeOtp({ ctx, input: body, mode: "request" });
  },
);

export * from "@/lib/http/unserved-methods";
