import { z } from "zod";

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter a valid email address.").max(254));

const otpField = z.string().trim().min(1, "This field may not be blank.").max(32);

export const sendEmailOtpInput = z.object({ email: emailField, resend: z.boolean().optional() });

export const verifyEmailOtpInput = z.object({ email: emailField, otp: otpField });

export const otpSentResponse = z.object({
  message: z.string(),
  email: z.string(),
  expires_in_minutes: z.number().int(),
});

export const messageResponse = z.object({ message: z.string() });

export { otpField };
