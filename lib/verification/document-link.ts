// GET /user/verification/documents/{type}/{id}/: a short-lived link to one of a person's
// documents, for the person or a reviewer (anyone else: 404, as for a missing document).
import { eq } from "drizzle-orm";
import { storedFiles } from "@/db/schema";
import type { Context } from "@/lib/context";
import { NotFound } from "@/lib/errors";
import { loadPerson } from "@/lib/people/profile";
import { createFileUrl, getFileStore } from "@/lib/storage";
import { assertMaySeeVerificationOf } from "./access";
import { documentFileIds, documentTypes, type DocumentType } from "./documents";
import { loadVerificationRow } from "./verification-row";

export type DocumentLink = { url: string; expires_at: string; content_type: string };

export async function documentLink({
  ctx,
  input,
}: {
  ctx: Context;
  input: { type: DocumentType; userId: string };
}): Promise<DocumentLink> {
  assertMaySeeVerificationOf(ctx, input.userId, "Document not found.");
  if (!documentTypes.includes(input.type)) throw new NotFound("Document not found.");
  await loadPerson(ctx, input.userId);
  const fileId = documentFileIds(await loadVerificationRow(ctx, input.userId))[input.type];
  if (!fileId) throw new NotFound("Document not found.");
  const [file] = await ctx.db
    .select({ contentType: storedFiles.contentType })
    .from(storedFiles)
    .where(eq(storedFiles.id, fileId))
    .limit(1);
  if (!file) throw new NotFound("Document not found.");
  const { url, expires_at } = await createFileUrl({ ctx, store: getFileStore(), fileId });
  return { url, expires_at, content_type: file.contentType };
}
