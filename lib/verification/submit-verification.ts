// POST/PATCH /user/verification/upload/: submit or resubmit identity documents. POST is a first
// submission or, after a rejection, a full resubmission; while one is pending only PATCH may
// replace its documents (the spec's pending_verification). Every file is checked before any is stored; the row changes in one transaction; nothing is left behind by a
// refused or failed upload, and replaced files are removed once the new ones are committed.
import { eq, inArray } from "drizzle-orm";
import { storedFiles, userVerifications, users } from "@/db/schema";
import type { Context } from "@/lib/context";
import { ApiError, Conflict, Forbidden, Invalid, NotFound, type FieldErrors } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { loadPerson } from "@/lib/people/profile";
import { checkUpload, getFileStore, saveFile, type CheckedUpload } from "@/lib/storage";
import { actingUserId } from "./access";
import {
  documentFields,
  documentFileIds,
  documentRules,
  documentTypes,
  type DocumentType,
} from "./documents";
import { toVerificationStatus } from "./get-verification-status";
import type { VerificationStatus } from "./schemas";

export type SubmitVerificationInput = {
  files: Partial<Record<DocumentType, FormDataEntryValue>>;
  /**
   * "create" (POST): all three files, a first submission or a full resubmission of a rejected
   * one (never while one is pending). "update" (PATCH): any of them, to an existing submission.
   */
  mode: "create" | "update";
};

export async function submitVerification({
  ctx,
  input,
}: {
  ctx: Context;
  input: SubmitVerificationInput;
}): Promise<{ created: boolean; verification: VerificationStatus }> {
  const userId = actingUserId(ctx);
  const person = await loadPerson(ctx, userId);
  if (!person.isEmailVerified) {
    throw new Forbidden(
      "Verify your email address before submitting identity documents.",
      "email_not_verified",
    );
  }
  const [existing] = await ctx.db
    .select()
    .from(userVerifications)
    .where(eq(userVerifications.userId, userId))
    .limit(1);
  if (input.mode === "update" && !existing) {
    throw new NotFound("No verification submission to update.");
  }
  if (existing?.status === "approved" || (!existing && person.isUserVerified)) {
    throw alreadyApproved();
  }
  if (input.mode === "create" && existing?.status === "pending") throw alreadyPending();

  const sent = documentTypes.filter((type) => input.files[type] !== undefined);
  requireFiles(sent, input.mode);
  const checked = await checkAll(input.files, sent);

  const store = getFileStore();
  const stored = await storeAll(ctx, store, userId, checked);
  const newIds = Object.fromEntries(stored.map(({ type, id }) => [type, id])) as Partial<
    Record<DocumentType, string>
  >;

  let result: { created: boolean; row: typeof userVerifications.$inferSelect; replaced: string[] };
  try {
    result = await ctx.db.transaction(async (tx) => {
      const now = ctx.clock.now();
      const [current] = await tx
        .select()
        .from(userVerifications)
        .where(eq(userVerifications.userId, userId))
        .for("update");
      if (current?.status === "approved") throw alreadyApproved();
      if (!current && input.mode === "update") {
        throw new NotFound("No verification submission to update.");
      }
      if (current?.status === "pending" && input.mode === "create") throw alreadyPending();
      const changes = {
        ...Object.fromEntries(
          Object.entries(newIds).map(([type, id]) => [documentFields[type as DocumentType], id]),
        ),
        status: "pending" as const,
        rejectionReason: null,
        reviewedAt: null,
        reviewedById: null,
        submittedAt: now,
        updatedAt: now,
      };
      const [row] = current
        ? await tx
            .update(userVerifications)
            .set(changes)
            .where(eq(userVerifications.id, current.id))
            .returning()
        : await tx
            .insert(userVerifications)
            .values({ ...changes, userId, createdAt: now })
            // A concurrent first submission won the race: this one is a POST while pending.
            .onConflictDoNothing({ target: userVerifications.userId })
            .returning();
      if (!row) throw alreadyPending();
      await tx.update(users).set({ updatedAt: now }).where(eq(users.id, userId));
      const previous = documentFileIds(current);
      const replaced = sent.map((type) => previous[type]).filter((id): id is string => id !== null);
      return { created: !current, row, replaced };
    });
  } catch (error) {
    await removeFiles(
      ctx,
      stored.map(({ id }) => id),
    );
    throw error;
  }

  await removeFiles(ctx, result.replaced);
  return { created: result.created, verification: toVerificationStatus(person, result.row) };
}

function alreadyApproved() {
  return new Conflict(
    "Your identity is already verified; the documents can no longer be changed.",
    "verification_already_approved",
  );
}

function alreadyPending() {
  return new Invalid(
    "Your documents are already waiting for review, so a new set cannot be submitted. You can replace a document instead.",
    undefined,
    "pending_verification",
  );
}

function requireFiles(sent: DocumentType[], mode: "create" | "update") {
  if (mode === "create") {
    const missing = documentTypes.filter((type) => !sent.includes(type));
    if (missing.length === 0) return;
    throw new Invalid(
      sent.length === 0
        ? "Send the three documents as multipart/form-data: face_id, id_card and verification_document."
        : "A submission needs all three documents.",
      Object.fromEntries(missing.map((type) => [type, ["This file is required."]])),
    );
  }
  if (sent.length === 0) {
    const message = "Send at least one of face_id, id_card or verification_document.";
    throw new Invalid(message, Object.fromEntries(documentTypes.map((type) => [type, [message]])));
  }
}

/** Check every file; several failures are reported together, under the first failure's code. */
async function checkAll(
  files: SubmitVerificationInput["files"],
  sent: DocumentType[],
): Promise<{ type: DocumentType; upload: CheckedUpload }[]> {
  const results = await Promise.allSettled(
    sent.map(async (type) => ({
      type,
      upload: await checkUpload(type, files[type]!, documentRules[type]),
    })),
  );
  const failures = results
    .filter((result): result is PromiseRejectedResult => result.status === "rejected")
    .map((result) => result.reason as unknown);
  if (failures.length === 0) {
    return results.map(
      (result) =>
        (result as PromiseFulfilledResult<{ type: DocumentType; upload: CheckedUpload }>).value,
    );
  }
  const first = failures[0];
  if (failures.length === 1 || !(first instanceof ApiError)) throw first;
  const errors: FieldErrors = {};
  for (const failure of failures) {
    if (!(failure instanceof ApiError)) throw failure;
    Object.assign(errors, failure.errors);
  }
  throw new Invalid(
    failures.map((failure) => (failure as Error).message).join(" "),
    errors,
    first.code,
  );
}

async function storeAll(
  ctx: Context,
  store: ReturnType<typeof getFileStore>,
  userId: string,
  checked: { type: DocumentType; upload: CheckedUpload }[],
) {
  const stored: { type: DocumentType; id: string }[] = [];
  try {
    for (const { type, upload } of checked) {
      const row = await saveFile({
        ctx,
        store,
        input: {
          bytes: upload.bytes,
          fileName: upload.fileName,
          contentType: upload.contentType,
          purpose: `verification:${type}`,
          ownerId: userId,
        },
      });
      stored.push({ type, id: row.id });
    }
  } catch (error) {
    await removeFiles(
      ctx,
      stored.map(({ id }) => id),
    );
    throw error;
  }
  return stored;
}

/**
 * Remove stored files and their rows. Used for cleanup after the decisive step, so a failure
 * here is logged, not thrown: the submission's outcome does not depend on it.
 */
export async function removeFiles(ctx: Context, fileIds: string[]): Promise<void> {
  if (fileIds.length === 0) return;
  try {
    const rows = await ctx.db
      .select({ id: storedFiles.id, providerKey: storedFiles.providerKey })
      .from(storedFiles)
      .where(inArray(storedFiles.id, fileIds));
    const store = getFileStore();
    for (const row of rows) await store.remove(row.providerKey);
    await ctx.db.delete(storedFiles).where(inArray(storedFiles.id, fileIds));
  } catch (error) {
    logger.error("Could not remove verification files", error);
  }
}
