// Account management (GET/PATCH /account-management/ and /{user_id}/): what may be changed, in
// JSON or in a multipart form, and the answers. Email, role, status and verification are not
// editable here; trying is a 400 that says so.
import { z } from "zod";
import { fullProfile } from "@/lib/people/schemas";

export const pictureRule = { maxBytes: 2_000_000, kinds: ["jpg", "png"] } as const;
export const multipartMaxBytes = 3_000_000;

const refusedKeys = (keys: readonly PropertyKey[]) =>
  `These fields cannot be changed here: ${keys.map(String).join(", ")}. Account management ` +
  "changes names, phone and school or occupation (and the picture, sent as a file).";

/** A strict object whose unknown keys are refused with a message naming them. */
const strict = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.strictObject(shape, {
    error: (issue) => (issue.code === "unrecognized_keys" ? refusedKeys(issue.keys) : undefined),
  });

const blankToNull = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? null : value;

const personName = (label: string) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .min(1, `${label} may not be blank.`)
    .max(100, `${label} must be at most 100 characters.`);

/** Digits, spaces, +, - and parentheses, 7–20 characters with at least 7 digits; null clears. */
export const phoneNumber = z.preprocess(
  blankToNull,
  z
    .string({ error: "Phone must be text or null." })
    .trim()
    .regex(
      /^[0-9+()\- ]{7,20}$/,
      "Enter a phone number of 7–20 characters: digits, spaces, +, - and parentheses.",
    )
    .refine(
      (value) => (value.match(/\d/g) ?? []).length >= 7,
      "A phone number has at least 7 digits.",
    )
    .nullable(),
);

const profileText = (label: string) =>
  z.preprocess(
    blankToNull,
    z
      .string({ error: `${label} must be text or null.` })
      .trim()
      .max(200, `${label} must be at most 200 characters.`)
      .nullable(),
  );

export const accountChanges = strict({
  user: strict({
    first_name: personName("First name").optional(),
    last_name: personName("Last name").optional(),
    phone: phoneNumber.optional(),
  }).optional(),
  profile: strict({
    school: profileText("School").optional(),
    occupation: profileText("Occupation").optional(),
  }).optional(),
}).meta({
  description:
    "Send only what changes. `school` is for candidates, `occupation` for staff. Email, role, " +
    "active and verification state cannot be changed here.",
});
export type AccountChanges = z.output<typeof accountChanges>;

/** The multipart form, for the docs; lib/account-management/read-account-form.ts reads it. */
export const accountForm = z.object({
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  phone_number: z.string().optional().meta({ description: "Also accepted as `phone`." }),
  school: z.string().optional().meta({ description: "Candidates only." }),
  occupation: z.string().optional().meta({ description: "Staff only." }),
  profile_picture: z
    .string()
    .meta({ format: "binary", description: "JPEG or PNG, at most 2 MB (checked by content)." })
    .optional(),
});

export const accountParams = z.object({ id: z.uuid("Not a valid id.") });

export const accountResponse = z.object({ profile: fullProfile });
export const accountUpdatedResponse = z.object({
  message: z.literal("Account updated successfully."),
  profile: fullProfile,
});
