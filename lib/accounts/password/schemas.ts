// Passwords: forgotten (emailed link), changed while signed in, and changed with an emailed code.
import { z } from "zod";
import { emailField, otpField } from "@/lib/accounts/otp/schemas";

const password = z.string().min(1, "This field may not be blank.").max(128);

export const forgotPasswordInput = z.object({
  email: z.email("Enter a valid email address.").max(254),
});
export const resetPasswordInput = z
  .object({
    token: z.string().min(1).max(200),
    new_password: password,
    confirm_password: password.optional(),
  })
  .refine(
    (value) =>
      value.confirm_password === undefined || value.confirm_password === value.new_password,
    {
      path: ["confirm_password"],
      message: "The two passwords do not match.",
    },
  );
export const changePasswordInput = z.object({ current_password: password, new_password: password });
export const messageResponse = z.object({ message: z.string() });

export const passwordChangeRequestInput = z.object({ email: emailField });
export const passwordChangeConfirmInput = z.object({ email: emailField, otp: otpField });
export const passwordChangeInput = z.object({
  email: emailField,
  otp: otpField,
  new_password: z.string().min(1, "This field may not be blank.").max(1_000),
  confirm_password: z.string().min(1, "This field may not be blank.").max(1_000),
});

export type PasswordChangeInput = z.infer<typeof passwordChangeInput>;
