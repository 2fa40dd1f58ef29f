import { z } from "zod";
import { emailField, otpField } from "@/lib/accounts/otp/schemas";

export const passwordChangeRequestInput = z.object({ email: emailField });
export const passwordChangeConfirmInput = z.object({ email: emailField, otp: otpField });
export const passwordChangeInput = z.object({
  email: emailField,
  otp: otpField,
  new_password: z.string().min(1, "This field may not be blank.").max(1_000),
  confirm_password: z.string().min(1, "This field may not be blank.").max(1_000),
});

export type PasswordChangeInput = z.infer<typeof passwordChangeInput>;
