import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/errors";
import { checkUpload } from "./check-upload";

const png = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1,
  0, 0, 0, 1, 8, 6, 0, 0, 0,
]);
const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  return error instanceof ApiError ? error.code : error;
}

describe("checkUpload", () => {
  it("accepts an allowed type by its bytes and reports the sniffed content type", async () => {
    const checked = await checkUpload("face_id", new File([png], "me.png"), {
      maxBytes: 1000,
      kinds: ["jpg", "png"],
    });
    expect(checked.contentType).toBe("image/png");
    expect(checked.bytes).toEqual(png);
  });

  it("refuses a PDF renamed to .png and text named .jpg", async () => {
    const rule = { maxBytes: 1000, kinds: ["jpg", "png"] as const };
    expect(await codeOf(checkUpload("face_id", new File([pdf], "face.png"), rule))).toBe(
      "invalid_file_type",
    );
    expect(
      await codeOf(
        checkUpload("face_id", new File(["hello"], "face.jpg", { type: "image/jpeg" }), rule),
      ),
    ).toBe("invalid_file_type");
  });

  it("refuses oversized, empty and non-file values", async () => {
    const rule = { maxBytes: 10, kinds: ["pdf"] as const };
    expect(await codeOf(checkUpload("id_card", new File([pdf], "id.pdf"), rule))).toBe(
      "file_size_exceeded",
    );
    expect(await codeOf(checkUpload("id_card", new File([], "id.pdf"), rule))).toBe("invalid");
    expect(await codeOf(checkUpload("id_card", "text", rule))).toBe("invalid");
  });
});
