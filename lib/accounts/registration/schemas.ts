import { z } from "zod";
import { emailField } from "@/lib/accounts/otp/schemas";

const name = z.string().trim().min(1, "This field may not be blank.").max(150);
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => value || null);
const phone = z
  .string()
  .trim()
  .max(20)
  .regex(/^(\+?[0-9][0-9 ().-]{3,19})?$/, "Enter a valid phone number.")
  .nullish()
  .transform((value) => value || null);

// Password rules (length, common, numeric, like the email) are checked by the operation so that
// every problem is reported together with the email's; here only the shape.
const password = z.string().max(1_000).optional();

/** The fields every account-creating form shares (registration, staff invitation). */
export const accountFields = { email: emailField, first_name: name, last_name: name, phone };

const common = {
  ...accountFields,
  password,
  password2: password,
  generate_password: z.boolean().optional().default(false),
};

export const candidateRegistrationInput = z.object({ ...common, school: optionalText(200) });
export const staffRegistrationInput = z.object({ ...common, occupation: optionalText(200) });

export type CandidateRegistrationInput = z.infer<typeof candidateRegistrationInput>;
export type StaffRegistrationInput = z.infer<typeof staffRegistrationInput>;

export const registrationResponse = z.object({ message: z.literal("Registration successful.") });
