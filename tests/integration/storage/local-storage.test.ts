// The storage port's embedded mode: private files under the data folder, readable only through a
// short-lived signed URL that the platform hands out.
import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as fileRoute from "@/app/api/files/[token]/route";
import { storedFiles } from "@/db/schema";
import { systemActor, systemClock, type Context } from "@/lib/context";
import { createFileUrl, getLocalFileStore, saveFile } from "@/lib/storage";
import { signFileToken } from "@/lib/storage/file-token";
import { useTestDatabase, type TestDatabase } from "../support/database";
import { call } from "../support/http";

// A data folder of this test's own: the route serves from the process's local store under it.
const dataDir = await vi.hoisted(async () =>
  (await import("../support/data-dir")).makeDataDir("storage-test", {
    APP_URL: "http://localhost:3000",
  }),
);
const root = path.join(dataDir, "uploads");

let database: TestDatabase;
let ctx: Context;

beforeAll(async () => {
  database = await useTestDatabase();
  ctx = { db: database.db, actor: systemActor, clock: systemClock };
});
afterAll(async () => {
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const store = () => getLocalFileStore();
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

const fetchThroughRoute = (url: string) => {
  const token = new URL(url).pathname.split("/").pop()!;
  return call(fileRoute.GET, { path: `/api/files/${token}`, params: { token } });
};

describe("local storage", () => {
  it("round-trips a stored file through its authorised URL", async () => {
    const file = await saveFile({
      ctx,
      store: store(),
      input: {
        bytes: png,
        fileName: "face.png",
        contentType: "image/png",
        purpose: "face_id",
        ownerId: null,
      },
    });
    expect(file).toMatchObject({
      provider: "local",
      sizeBytes: png.byteLength,
      contentType: "image/png",
    });
    // Nothing under public/: the bytes live only in the private folder.
    expect(fs.existsSync(path.join(root, file.providerKey))).toBe(true);

    const { url, expires_at } = await createFileUrl({ ctx, store: store(), fileId: file.id });
    expect(url).toMatch(/^http:\/\/localhost:3000\/api\/files\/[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(Date.parse(expires_at) - Date.now()).toBeGreaterThan(0);

    const response = await fetchThroughRoute(url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(new Uint8Array(Buffer.from(response.text, "latin1"))).toHaveLength(png.byteLength);
  });

  it("refuses a tampered, forged or expired link with a 404 that reveals nothing", async () => {
    const file = await saveFile({
      ctx,
      store: store(),
      input: {
        bytes: png,
        fileName: "id.png",
        contentType: "image/png",
        purpose: "id_card",
        ownerId: null,
      },
    });
    const { url } = await createFileUrl({ ctx, store: store(), fileId: file.id });
    const token = url.split("/").pop()!;
    const [header, payload, signature] = token.split(".");
    const tampered = `${header}.${payload}.${signature!.slice(0, -2)}xx`;
    const expired = await signFileToken(
      { fileId: file.id, providerKey: file.providerKey },
      60,
      new Date(Date.now() - 120_000),
    );
    for (const bad of [tampered, expired, "not-a-token", `${header}.${payload}.`]) {
      const response = await call(fileRoute.GET, {
        path: `/api/files/${bad}`,
        params: { token: bad },
      });
      expect(response.status).toBe(404);
      expect(response.data.code).toBe("not_found");
    }
  });

  it("answers 404 once the file has been removed, and for an unknown file id", async () => {
    const file = await saveFile({
      ctx,
      store: store(),
      input: {
        bytes: png,
        fileName: "gone.png",
        contentType: "image/png",
        purpose: "test",
        ownerId: null,
      },
    });
    const { url } = await createFileUrl({ ctx, store: store(), fileId: file.id });
    await store().remove(file.providerKey);
    expect((await fetchThroughRoute(url)).status).toBe(404);
    await expect(
      createFileUrl({ ctx, store: store(), fileId: "00000000-0000-4000-8000-000000000000" }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it("removes the stored bytes again when recording the file fails", async () => {
    fs.mkdirSync(root, { recursive: true });
    const before = fs.readdirSync(root).length;
    await expect(
      saveFile({
        ctx,
        store: store(),
        // An owner that does not exist violates the foreign key, after the bytes were written.
        input: {
          bytes: png,
          fileName: "orphan.png",
          contentType: "image/png",
          purpose: "test",
          ownerId: "00000000-0000-4000-8000-000000000001",
        },
      }),
    ).rejects.toThrow();
    expect(fs.readdirSync(root).length).toBe(before);
    const rows = await database.db
      .select()
      .from(storedFiles)
      .where(eq(storedFiles.fileName, "orphan.png"));
    expect(rows).toEqual([]);
  });
});
