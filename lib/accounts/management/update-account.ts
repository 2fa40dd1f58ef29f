// PATCH /account-management/[{user_id}/]: change names, phone, school or occupation, and the
// picture. Everything is validated before anything is stored, so a refused request leaves no
// file behind; a new picture replaces the old one only once the change has committed.
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { storedFiles, users } from "@/db/schema";
import type { Context } from "@/lib/context";
import { Invalid } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { buildFullProfile, type UserRow } from "@/lib/people/profile";
import { checkUpload, getFileStore, saveFile, type CheckedUpload } from "@/lib/storage";
import { resolveAccount } from "./resolve-account";
import { pictureRule, type AccountChanges, type accountUpdatedResponse } from "./schemas";

export type UpdateAccountInput = {
  userId?: string;
  changes: AccountChanges;
  /** The profile_picture form entry, when the request was multipart and sent one. */
  picture?: FormDataEntryValue;
};

export async function updateAccount({
  ctx,
  input,
}: {
  ctx: Context;
  input: UpdateAccountInput;
}): Promise<z.output<typeof accountUpdatedResponse>> {
  const person = await resolveAccount(ctx, input.userId, "edit");
  const values = columnsToChange(person, input.changes);
  if (Object.keys(values).length === 0 && input.picture === undefined) {
    throw new Invalid("Nothing to update: send at least one field.", {
      non_field_errors: [
        "Send at least one of first_name, last_name, phone, school/occupation or a picture.",
      ],
    });
  }
  const picture =
    input.picture === undefined
      ? null
      : await checkUpload("profile_picture", input.picture, pictureRule);

  const updated = await writeChanges(ctx, person, values, picture);
  return {
    message: "Account updated successfully.",
    profile: await buildFullProfile(ctx, updated),
  };
}

type UserChanges = Partial<
  Pick<UserRow, "firstName" | "lastName" | "phone" | "school" | "occupation">
>;

/** The columns to write; `school` belongs to candidates and `occupation` to staff. */
function columnsToChange(person: UserRow, changes: AccountChanges): UserChanges {
  const { user = {}, profile = {} } = changes;
  const isCandidate = person.userType === "candidate";
  const [ownField, otherField] = isCandidate ? ["school", "occupation"] : ["occupation", "school"];
  if (profile[otherField as "school" | "occupation"] !== undefined) {
    throw new Invalid(`${isCandidate ? "Candidates" : "Staff members"} have no ${otherField}.`, {
      [`profile.${otherField}`]: [
        `Not a field of ${isCandidate ? "candidates" : "staff"}: use ${ownField}.`,
      ],
    });
  }
  const values: UserChanges = {};
  if (user.first_name !== undefined) values.firstName = user.first_name;
  if (user.last_name !== undefined) values.lastName = user.last_name;
  if (user.phone !== undefined) values.phone = user.phone;
  if (isCandidate && profile.school !== undefined) values.school = profile.school;
  if (!isCandidate && profile.occupation !== undefined) values.occupation = profile.occupation;
  return values;
}

async function writeChanges(
  ctx: Context,
  person: UserRow,
  values: UserChanges,
  picture: CheckedUpload | null,
): Promise<UserRow> {
  const store = getFileStore();
  const saved = picture
    ? await saveFile({
        ctx,
        store,
        input: {
          bytes: picture.bytes,
          fileName: picture.fileName,
          contentType: picture.contentType,
          purpose: "profile_picture",
          ownerId: person.id,
        },
      })
    : null;

  let previousPictureId: string | null = null;
  let updated: UserRow;
  try {
    updated = await ctx.db.transaction(async (tx) => {
      const [current] = await tx
        .select({ pictureId: users.profilePictureFileId })
        .from(users)
        .where(eq(users.id, person.id))
        .for("update");
      previousPictureId = current?.pictureId ?? null;
      const [row] = await tx
        .update(users)
        .set({
          ...values,
          ...(saved ? { profilePictureFileId: saved.id } : {}),
          updatedAt: ctx.clock.now(),
        })
        .where(eq(users.id, person.id))
        .returning();
      return row!;
    });
  } catch (error) {
    if (saved) await removeStoredFile(ctx, saved.id);
    throw error;
  }

  if (saved && previousPictureId && previousPictureId !== saved.id) {
    // After commit: a failure here leaves an orphaned file, never a profile without a picture.
    await removeStoredFile(ctx, previousPictureId).catch((error: unknown) =>
      logger.error(`Could not remove replaced profile picture ${previousPictureId}`, error),
    );
  }
  return updated;
}

/** Delete a stored file's bytes and its row. */
export async function removeStoredFile(ctx: Context, fileId: string): Promise<void> {
  const [row] = await ctx.db
    .select({ providerKey: storedFiles.providerKey })
    .from(storedFiles)
    .where(eq(storedFiles.id, fileId))
    .limit(1);
  if (!row) return;
  await getFileStore().remove(row.providerKey);
  await ctx.db.delete(storedFiles).where(eq(storedFiles.id, fileId));
}
