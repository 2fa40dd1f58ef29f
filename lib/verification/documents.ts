// The three identity documents: their form fields, upload rules (CONTRACT 5) and columns.
import type { userVerifications } from "@/db/schema";
import type { UploadRule } from "@/lib/storage";

export const documentTypes = ["face_id", "id_card", "verification_document"] as const;
export type DocumentType = (typeof documentTypes)[number];

export const documentRules: Record<DocumentType, UploadRule> = {
  face_id: { maxBytes: 5_000_000, kinds: ["jpg", "png"] },
  id_card: { maxBytes: 2_000_000, kinds: ["jpg", "png", "pdf"] },
  verification_document: { maxBytes: 2_000_000, kinds: ["jpg", "png", "pdf"] },
};

/** The whole multipart body may carry all three files at their limits, plus the form's framing. */
export const uploadBodyMaxBytes = 10_000_000;

export const documentFields = {
  face_id: "faceIdFileId",
  id_card: "idCardFileId",
  verification_document: "verificationDocumentFileId",
} as const satisfies Record<DocumentType, keyof typeof userVerifications.$inferSelect>;

export type VerificationRow = typeof userVerifications.$inferSelect;

/** The file ids of a row by document type. */
export function documentFileIds(
  row: VerificationRow | undefined,
): Record<DocumentType, string | null> {
  return {
    face_id: row?.faceIdFileId ?? null,
    id_card: row?.idCardFileId ?? null,
    verification_document: row?.verificationDocumentFileId ?? null,
  };
}
