// The verification API's JSON shapes as the browser receives them, named from the server's own
// schemas (lib/verification/schemas.ts), plus the review card's view of a document.
// Type-only imports of the server's schemas: erased from the browser bundle.
import type { DocumentType as ServerDocumentType } from "@/lib/verification/documents";
import type {
  VerificationListItem,
  VerificationStatus,
  VerificationStatusName,
} from "@/lib/verification/schemas";
import type { DocumentType } from "./upload-rules";

// upload-rules.ts repeats the server's document list for the browser; this fails to compile if
// the two ever differ (the unit test compares the limits).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const sameDocumentTypes: Same<DocumentType, ServerDocumentType> = true;

export type VerificationState = VerificationStatusName;
export type VerificationStatusView = VerificationStatus;

export type UploadAnswer = { message: string; verification: VerificationStatusView };

/** One row of the review queue (GET /api/v1/user/verification/list/). */
export type VerificationListItemView = VerificationListItem;

/** A document as the review card shows it: a signed link, absent, or not loadable. */
export type DocumentView =
  | { state: "ok"; url: string; contentType: string }
  | { state: "missing" }
  | { state: "unavailable" };

export type QueueEntry = {
  item: VerificationListItemView;
  documents: Record<DocumentType, DocumentView>;
};
