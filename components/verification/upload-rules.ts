// The verification upload rules as the browser sees them: labels, size limits and allowed kinds,
// checked before sending so a person learns at once that a file will be refused. The server
// checks again by content (lib/storage/check-upload.ts) and its answer is the one that counts.

export const documentTypes = ["face_id", "id_card", "verification_document"] as const;
export type DocumentType = (typeof documentTypes)[number];

export type FileKind = "jpg" | "png" | "pdf";

export type DocumentRule = {
  label: string;
  reviewerLabel: string;
  maxBytes: number;
  kinds: readonly FileKind[];
  hint: string;
};

export const documentRules: Record<DocumentType, DocumentRule> = {
  face_id: {
    label: "Photo of your face",
    reviewerLabel: "Face photo",
    maxBytes: 5_000_000,
    kinds: ["jpg", "png"],
    hint: "A clear, recent photo of your face. JPG or PNG, at most 5 MB.",
  },
  id_card: {
    label: "ID card",
    reviewerLabel: "ID card",
    maxBytes: 2_000_000,
    kinds: ["jpg", "png", "pdf"],
    hint: "A photo or scan of your ID card. JPG, PNG or PDF, at most 2 MB.",
  },
  verification_document: {
    label: "Supporting document",
    reviewerLabel: "Supporting document",
    maxBytes: 2_000_000,
    kinds: ["jpg", "png", "pdf"],
    hint: "For example a school letter or proof of address. JPG, PNG or PDF, at most 2 MB.",
  },
};

const kindNames: Record<FileKind, string> = { jpg: "JPG", png: "PNG", pdf: "PDF" };

/** The file's kind from its first bytes (the same magic numbers the server trusts), or null. */
export function sniffKind(head: Uint8Array): FileKind | null {
  const starts = (...bytes: number[]) => bytes.every((byte, index) => head[index] === byte);
  if (starts(0xff, 0xd8, 0xff)) return "jpg";
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "png";
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return "pdf"; // "%PDF-"
  return null;
}

/** "1.4 MB", "820 KB", "12 bytes": sizes as people read them (decimal units, like the server). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${Math.round((bytes / 1_000_000) * 10) / 10} MB`;
  if (bytes >= 1_000) return `${Math.round(bytes / 1_000)} KB`;
  return `${bytes} byte${bytes === 1 ? "" : "s"}`;
}

/** What is wrong with a chosen file under its rule, or null if it looks acceptable. */
export function fileProblem(
  rule: DocumentRule,
  file: { size: number },
  kind: FileKind | null,
): string | null {
  if (file.size === 0) return "The file is empty.";
  if (file.size > rule.maxBytes) {
    return `The file is ${formatBytes(file.size)}, over the ${formatBytes(rule.maxBytes)} limit.`;
  }
  if (!kind || !rule.kinds.includes(kind)) {
    const allowed = rule.kinds.map((entry) => kindNames[entry]).join(", ");
    return `This file is not a ${allowed} file (its content is checked, not its name).`;
  }
  return null;
}

/**
 * Which files a submission still needs before it can be sent: the first submission needs all
 * three documents; a resubmission needs at least one.
 */
export function missingDocuments(
  chosen: Partial<Record<DocumentType, unknown>>,
  mode: "create" | "update",
): Partial<Record<DocumentType, string>> {
  const missing: Partial<Record<DocumentType, string>> = {};
  if (mode === "create") {
    for (const type of documentTypes) {
      if (!chosen[type]) missing[type] = "Choose a file: all three documents are needed.";
    }
  }
  return missing;
}
