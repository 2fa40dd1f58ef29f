import { describe, expect, it } from "vitest";
import { documentRules as serverRules } from "@/lib/verification/documents";
import {
  documentRules,
  documentTypes,
  fileProblem,
  formatBytes,
  missingDocuments,
  sniffKind,
} from "./upload-rules";

const bytes = (...values: number[]) => new Uint8Array(values);

describe("the browser's upload rules", () => {
  it("match the server's limits and kinds for every document", () => {
    expect([...documentTypes].sort()).toEqual(Object.keys(serverRules).sort());
    for (const type of documentTypes) {
      expect(documentRules[type].maxBytes).toBe(serverRules[type].maxBytes);
      expect([...documentRules[type].kinds].sort()).toEqual([...serverRules[type].kinds].sort());
    }
  });

  it("recognise JPG, PNG and PDF by their first bytes, and nothing else", () => {
    expect(sniffKind(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("jpg");
    expect(sniffKind(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe("png");
    expect(sniffKind(new TextEncoder().encode("%PDF-1.4\n"))).toBe("pdf");
    expect(sniffKind(new TextEncoder().encode("GIF89a"))).toBeNull();
    expect(sniffKind(bytes(0x89, 0x50, 0x4e, 0x47))).toBeNull(); // a truncated PNG signature
    expect(sniffKind(bytes())).toBeNull();
  });

  it("explain an empty, oversized or wrong-kind file, and accept a good one", () => {
    const face = documentRules.face_id;
    expect(fileProblem(face, { size: 0 }, "png")).toBe("The file is empty.");
    expect(fileProblem(face, { size: 5_000_001 }, "png")).toBe(
      "The file is 5 MB, over the 5 MB limit.",
    );
    expect(fileProblem(documentRules.id_card, { size: 2_400_000 }, "pdf")).toBe(
      "The file is 2.4 MB, over the 2 MB limit.",
    );
    expect(fileProblem(face, { size: 1000 }, "pdf")).toMatch(/not a JPG, PNG file/);
    expect(fileProblem(face, { size: 1000 }, null)).toMatch(/content is checked/);
    expect(fileProblem(face, { size: 5_000_000 }, "jpg")).toBeNull();
    expect(fileProblem(documentRules.verification_document, { size: 10 }, "pdf")).toBeNull();
  });

  it("format sizes the way people read them", () => {
    expect(formatBytes(1)).toBe("1 byte");
    expect(formatBytes(999)).toBe("999 bytes");
    expect(formatBytes(12_345)).toBe("12 KB");
    expect(formatBytes(1_450_000)).toBe("1.5 MB");
  });

  it("need all three documents for a first submission and none in particular to replace", () => {
    expect(Object.keys(missingDocuments({ face_id: {} }, "create")).sort()).toEqual([
      "id_card",
      "verification_document",
    ]);
    expect(
      missingDocuments({ face_id: {}, id_card: {}, verification_document: {} }, "create"),
    ).toEqual({});
    expect(missingDocuments({}, "update")).toEqual({});
  });
});
