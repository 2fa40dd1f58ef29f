// POST and PATCH /api/v1/user/verification/upload/ — submit identity documents (POST: all three,
// 201 the first time, 200 for a full resubmission after a rejection; 400 pending_verification
// while one is pending) or replace some of them (PATCH: 200).
import { defineRoute, type HandlerInput } from "@/lib/http/define-route";
import { Invalid, UnsupportedMediaType } from "@/lib/errors";
import { documentTypes, uploadBodyMaxBytes } from "@/lib/verification/documents";
import { submitVerification } from "@/lib/verification/submit-verification";
import { uploadFields, uploadResponse } from "@/lib/verification/schemas";

const description =
  "multipart/form-data with face_id (JPG/PNG ≤ 5 MB), id_card and verification_document (JPG/PNG/PDF ≤ 2 MB each), types checked by content. Other form fields are ignored. The email address must be verified (403 email_not_verified); an approved verification cannot be changed (409 verification_already_approved). A resubmission returns the verification to pending.";

const upload = (mode: "create" | "update") =>
  async function handle({ ctx, form, request }: HandlerInput<unknown, unknown, unknown>) {
    if (!form) {
      if (request.headers.get("content-type")) {
        throw new UnsupportedMediaType("Send the documents as multipart/form-data.");
      }
      throw new Invalid("Send the documents as multipart/form-data.", {
        non_field_errors: ["Send face_id, id_card and verification_document as files."],
      });
    }
    const files = Object.fromEntries(
      documentTypes.flatMap((type) => {
        const value = form.get(type);
        return value === null ? [] : [[type, value]];
      }),
    );
    const { created, verification } = await submitVerification({ ctx, input: { files, mode } });
    const message = created
      ? "Verification documents submitted successfully."
      : "Verification documents resubmitted successfully.";
    // The route's declared status is the first submission's 201; a resubmission answers 200.
    if (!created) return Response.json({ message, verification }, { status: 200 });
    return { message, verification };
  };

export const POST = defineRoute(
  {
    summary: "Submit verification documents",
    description: `${description} POST needs all three files; it answers 201 for a first submission and 200 when it replaces a rejected one. While a submission is pending, POST is refused (400 pending_verification): replace its documents with PATCH.`,
    tags: ["User verification"],
    auth: "user",
    multipart: { fields: uploadFields, maxBytes: uploadBodyMaxBytes },
    response: uploadResponse,
    status: 201,
    errors: [403, 409, 415],
  },
  upload("create"),
);

export const PATCH = defineRoute(
  {
    summary: "Replace verification documents",
    description: `${description} PATCH replaces only the files sent (at least one) of an existing submission (404 without one).`,
    tags: ["User verification"],
    auth: "user",
    multipart: { fields: uploadFields, maxBytes: uploadBodyMaxBytes },
    response: uploadResponse,
    errors: [403, 404, 409, 415],
  },
  upload("update"),
);

export * from "@/lib/http/unserved-methods";
