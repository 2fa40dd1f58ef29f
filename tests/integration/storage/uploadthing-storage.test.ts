// The storage port's production adapter (UploadThing), with UploadThing's servers faked at fetch:
// the file is uploaded privately, and read links are UploadThing's signed, expiring URLs.
import { createHmac } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { storedFiles } from "@/db/schema";
import { systemActor, systemClock, type Context } from "@/lib/context";
import { createFileUrl, saveFile } from "@/lib/storage";
import { createUploadThingFileStore } from "@/lib/storage/uploadthing-file-store";
import { useTestDatabase, type TestDatabase } from "../support/database";

const apiKey = `sk_live_${"b".repeat(40)}`;
const token = Buffer.from(JSON.stringify({ apiKey, appId: "compapp", regions: ["sea1"] })).toString(
  "base64",
);

let database: TestDatabase;
let ctx: Context;
beforeAll(async () => {
  database = await useTestDatabase();
  ctx = { db: database.db, actor: systemActor, clock: systemClock };
});
afterAll(async () => {
  await database.close();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe("UploadThing storage", () => {
  it("uploads privately to UploadThing's ingest and records the file", async () => {
    const requests: { method: string; url: URL }[] = [];
    vi.stubGlobal(
      "fetch",
      vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
        const url = new URL(input instanceof Request ? input.url : String(input));
        requests.push({
          method: init?.method ?? (input instanceof Request ? input.method : "GET"),
          url,
        });
        return Response.json({
          url: "https://compapp.ufs.sh/f/x",
          ufsUrl: "https://compapp.ufs.sh/f/x",
          appUrl: "",
          fileHash: "h",
          serverData: null,
        });
      }),
    );
    const store = createUploadThingFileStore(token);
    const file = await saveFile({
      ctx,
      store,
      input: {
        bytes: new Uint8Array([1, 2, 3]),
        fileName: "card.pdf",
        contentType: "application/pdf",
        purpose: "id_card",
        ownerId: null,
      },
    });

    const upload = requests.find((request) => request.method === "PUT");
    expect(upload?.url.host).toBe("sea1.ingest.uploadthing.com");
    expect(upload?.url.searchParams.get("x-ut-acl")).toBe("private");
    expect(upload?.url.searchParams.get("x-ut-file-name")).toBe("card.pdf");
    expect(upload?.url.pathname.slice(1)).toBe(file.providerKey);
    expect(file).toMatchObject({ provider: "uploadthing", sizeBytes: 3 });
    const rows = await database.db.select().from(storedFiles);
    expect(rows.map((row) => row.id)).toContain(file.id);
  });

  it("hands out UploadThing's signed URL, which expires after FILE_URL_TTL_SECONDS", async () => {
    const store = createUploadThingFileStore(token);
    const [file] = await database.db
      .insert(storedFiles)
      .values({
        provider: "uploadthing",
        providerKey: "abcKey123",
        purpose: "face_id",
        fileName: "f.png",
        contentType: "image/png",
        sizeBytes: 10,
      })
      .returning();
    const before = Date.now();
    const { url, expires_at } = await createFileUrl({ ctx, store, fileId: file!.id });
    const signed = new URL(url);
    expect(`${signed.origin}${signed.pathname}`).toBe("https://compapp.ufs.sh/f/abcKey123");
    const expires = Number(signed.searchParams.get("expires"));
    expect(expires - before).toBeGreaterThanOrEqual(299_000);
    expect(expires - before).toBeLessThanOrEqual(301_000);
    expect(Math.abs(Date.parse(expires_at) - expires)).toBeLessThan(2_000);

    // The signature is UploadThing's HMAC of the URL with our API key: only they can verify it.
    const unsigned = new URL(url);
    unsigned.searchParams.delete("signature");
    const expected = `hmac-sha256=${createHmac("sha256", apiKey).update(unsigned.toString()).digest("hex")}`;
    expect(signed.searchParams.get("signature")).toBe(expected);
  });
});
