// Upload rules in one place: a file's type is decided by its bytes (magic numbers via
// file-type), never by its name or the Content-Type the client claimed.
import { fileTypeFromBuffer } from "file-type";
import { Invalid } from "@/lib/errors";

export const uploadKinds = {
  jpg: "image/jpeg",
  png: "image/png",
  pdf: "application/pdf",
} as const;
export type UploadKind = keyof typeof uploadKinds;

export type UploadRule = { maxBytes: number; kinds: readonly UploadKind[] };

export type CheckedUpload = {
  bytes: Uint8Array;
  fileName: string;
  contentType: (typeof uploadKinds)[UploadKind];
  kind: UploadKind;
};

const megabytes = (bytes: number) => `${Math.round((bytes / 1_000_000) * 10) / 10} MB`;

/**
 * Check one uploaded file against its rule. Throws 400 with the field named:
 * `file_size_exceeded` (too big), `invalid_file_type` (bytes are not an allowed type, including
 * a PDF renamed to .png), `invalid` (empty or not a file at all).
 */
export async function checkUpload(
  field: string,
  value: FormDataEntryValue,
  rule: UploadRule,
): Promise<CheckedUpload> {
  if (typeof value === "string") {
    throw new Invalid(`${field} must be a file.`, { [field]: ["Send a file, not text."] });
  }
  if (value.size === 0) {
    throw new Invalid(`${field} is empty.`, { [field]: ["The file is empty."] });
  }
  if (value.size > rule.maxBytes) {
    throw new Invalid(
      `${field} is larger than ${megabytes(rule.maxBytes)}.`,
      { [field]: [`The file must be at most ${megabytes(rule.maxBytes)}.`] },
      "file_size_exceeded",
    );
  }
  const bytes = new Uint8Array(await value.arrayBuffer());
  const sniffed = await fileTypeFromBuffer(bytes);
  const kind = rule.kinds.find((candidate) => uploadKinds[candidate] === sniffed?.mime);
  if (!kind) {
    const allowed = rule.kinds.join(", ");
    throw new Invalid(
      `${field} must be one of: ${allowed}.`,
      { [field]: [`The file's content is not ${allowed} (its name does not matter).`] },
      "invalid_file_type",
    );
  }
  const base = (value.name || field).replace(/[^\w.-]+/g, "_").slice(0, 100);
  return { bytes, fileName: base, contentType: uploadKinds[kind], kind };
}
