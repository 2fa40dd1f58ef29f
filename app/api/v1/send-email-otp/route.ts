// POST /api/v1/send-email-otp/ — (re)send the email-verification code. Same answer for any email.
import { otpSentResponse, sendEmailOtpInput } from "@/lib/accounts/otp/schemas";
import { sendEmailOtp } from "@/lib/accounts/otp/send-email-otp";
import { defineRoute } from "@/lib/http/define-route";

export const POST = defineRoute(
  {
    summary: "Send or resend the email-verification OTP",
    tags: ["Email & Password"],
    body: sendEmailOtpInput,
    response: otpSentResponse,
    rateLimit: "login",
    errors: [400, 429],
  },
  async ({ ctx, body, limit }) => {
    await limit("login", `email:${body.email}`);
    return sendEmailOtp({ ctx, input: body });
  },
);

export * from "@/lib/http/unserved-methods";
