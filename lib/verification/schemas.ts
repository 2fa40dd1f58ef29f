// The verification API's shapes: what routes validate and document, and what pages receive.
import { z } from "zod";
import { paginationQuery } from "@/lib/http/pagination";
import { documentTypes } from "./documents";

export const verificationStatuses = [
  "email_not_verified",
  "not_submitted",
  "pending",
  "verified",
  "rejected",
] as const;
export type VerificationStatusName = (typeof verificationStatuses)[number];

/** GET /user/verification/status/: the spec's four fields plus where the person stands. */
export const verificationStatus = z.object({
  status: z.enum(verificationStatuses),
  is_approved: z.boolean(),
  is_rejected: z.boolean(),
  is_pending: z.boolean(),
  rejection_reason: z.string().nullable(),
  submitted_at: z.iso.datetime().nullable(),
  reviewed_at: z.iso.datetime().nullable(),
  documents: z.object({
    face_id: z.boolean(),
    id_card: z.boolean(),
    verification_document: z.boolean(),
  }),
});
export type VerificationStatus = z.output<typeof verificationStatus>;

const file = (description: string) => z.string().meta({ format: "binary", description });

/** The upload form, for the docs (the handler reads the parsed form itself). */
export const uploadFields = z.object({
  face_id: file("A photo of your face: JPG or PNG, at most 5 MB.").optional(),
  id_card: file("Your ID card: JPG, PNG or PDF, at most 2 MB.").optional(),
  verification_document: file("A supporting document: JPG, PNG or PDF, at most 2 MB.").optional(),
});

export const uploadResponse = z.object({ message: z.string(), verification: verificationStatus });

const documentInfo = z.object({ content_type: z.string() }).nullable();

/** One row of the review queue (GET /user/verification/list/ and the review's answer). */
export const verificationListItem = z.object({
  id: z.uuid(),
  user: z.object({
    id: z.uuid(),
    email: z.string(),
    first_name: z.string(),
    last_name: z.string(),
    profile_type: z.enum(["candidate", "staff"]),
    role: z.string(),
  }),
  status: z.enum(["pending", "approved", "rejected"]),
  is_pending: z.boolean(),
  is_approved: z.boolean(),
  is_rejected: z.boolean(),
  rejection_reason: z.string().nullable(),
  submitted_at: z.iso.datetime(),
  reviewed_at: z.iso.datetime().nullable(),
  reviewed_by: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  documents: z.object({
    face_id: documentInfo,
    id_card: documentInfo,
    verification_document: documentInfo,
  }),
});
export type VerificationListItem = z.output<typeof verificationListItem>;

const booleanQuery = z
  .enum(["true", "false"], { error: "Use true or false." })
  .transform((value) => value === "true");

export const verificationOrderings = ["pending_first", "-submitted_at", "submitted_at"] as const;

export const listVerificationsQuery = paginationQuery.extend({
  is_pending: booleanQuery.optional(),
  is_approved: booleanQuery.optional(),
  is_rejected: booleanQuery.optional(),
  search: z.string().trim().max(200).optional(),
  ordering: z.enum(verificationOrderings).optional().meta({
    description:
      "pending_first (default: pending, then newest submission first), -submitted_at (newest first), submitted_at (oldest first).",
  }),
});
export type ListVerificationsQuery = z.input<typeof listVerificationsQuery>;

/** POST /user/verification/action/{id}/: exactly one decision. */
export const reviewBody = z
  .object({
    is_approved: z.literal(true, { error: "Send is_approved: true to approve." }).optional(),
    is_rejected: z.literal(true, { error: "Send is_rejected: true to reject." }).optional(),
    rejection_reason: z
      .string()
      .trim()
      .max(500, "The reason may be at most 500 characters.")
      .nullable()
      .optional(),
  })
  .refine((body) => body.is_approved !== body.is_rejected, {
    message: "Send exactly one of is_approved: true or is_rejected: true.",
    path: ["non_field_errors"],
  });

export const reviewResponse = z.object({ message: z.string(), verification: verificationListItem });

export const documentTypeParam = z.enum(documentTypes);

export const documentLinkResponse = z.object({
  url: z.string(),
  expires_at: z.iso.datetime(),
  content_type: z.string(),
});
