import { eq } from "drizzle-orm";
import { storedFiles } from "@/db/schema";
import type { Context } from "@/lib/context";
import { env } from "@/lib/env";
import { NotFound } from "@/lib/errors";
import type { FileStore } from "./file-store";

export type SaveFileInput = {
  bytes: Uint8Array;
  fileName: string;
  contentType: string;
  purpose: string;
  ownerId: string | null;
};

/** Store the bytes, then record them. If recording fails the bytes are removed again. */
export async function saveFile({
  ctx,
  store,
  input,
}: {
  ctx: Context;
  store: FileStore;
  input: SaveFileInput;
}) {
  const providerKey = await store.put(input);
  try {
    const [row] = await ctx.db
      .insert(storedFiles)
      .values({
        provider: store.kind,
        providerKey,
        ownerId: input.ownerId,
        purpose: input.purpose,
        fileName: input.fileName,
        contentType: input.contentType,
        sizeBytes: input.bytes.byteLength,
        createdAt: ctx.clock.now(),
      })
      .returning();
    return row!;
  } catch (error) {
    await store.remove(providerKey);
    throw error;
  }
}

/**
 * A short-lived URL for a stored file. The caller decides who may see the file *before* calling
 * this; the URL itself is the authorisation and expires after FILE_URL_TTL_SECONDS.
 */
export async function createFileUrl({
  ctx,
  store,
  fileId,
}: {
  ctx: Context;
  store: FileStore;
  fileId: string;
}) {
  const [row] = await ctx.db.select().from(storedFiles).where(eq(storedFiles.id, fileId)).limit(1);
  if (!row) throw new NotFound("File not found.");
  const ttl = env.FILE_URL_TTL_SECONDS;
  return {
    url: await store.signedUrl(row.providerKey, ttl, row.id),
    expires_at: new Date(ctx.clock.now().getTime() + ttl * 1000).toISOString(),
  };
}
