// Identity verification: a person submits three documents; a manager+ approves or rejects them.
export { getVerificationStatus } from "./get-verification-status";
export { submitVerification, type SubmitVerificationInput } from "./submit-verification";
export { listVerifications, type ListVerificationsInput } from "./list-verifications";
export { reviewVerification, type ReviewVerificationInput } from "./review-verification";
export { documentLink, type DocumentLink } from "./document-link";
export { documentRules, documentTypes, uploadBodyMaxBytes, type DocumentType } from "./documents";
export * from "./schemas";
