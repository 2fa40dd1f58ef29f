// The spec's full profile of one person (GET /staff/{id}/, /account-management/): the user, the
// profile fields of their type, and private documents as short-lived signed links.
import { and, eq, isNull } from "drizzle-orm";
import type { z } from "zod";
import { users } from "@/db/schema";
import type { Context } from "@/lib/context";
import { NotFound } from "@/lib/errors";
import { createFileUrl, getFileStore } from "@/lib/storage";
import { documentFileIds } from "@/lib/verification/documents";
import { loadVerificationRow } from "@/lib/verification/verification-row";
import type { fullProfile } from "./schemas";
import { profileStatus } from "./status";

export type UserRow = typeof users.$inferSelect;
export type FullProfile = z.output<typeof fullProfile>;

/**
 * A person who exists and has not deleted their account, optionally of one type. Anything else
 * (unknown id, deleted, other type) is the same 404, so ids cannot be probed.
 */
export async function loadPerson(
  ctx: Context,
  userId: string,
  userType?: "candidate" | "staff",
): Promise<UserRow> {
  const [user] = await ctx.db
    .select()
    .from(users)
    .where(
      and(
        eq(users.id, userId),
        isNull(users.deletedAt),
        userType ? eq(users.userType, userType) : undefined,
      ),
    )
    .limit(1);
  if (!user)
    throw new NotFound(userType === "staff" ? "Staff member not found." : "User not found.");
  return user;
}

/** The user part every person item and profile starts with. */
export const personUser = (user: UserRow) => ({
  id: user.id,
  email: user.email,
  is_email_verified: user.isEmailVerified,
  first_name: user.firstName,
  last_name: user.lastName,
  phone: user.phone,
  date_joined: user.dateJoined.toISOString(),
});

/** A signed, expiring link to a stored file, or null when there is none. */
export async function signedFileUrl(ctx: Context, fileId: string | null): Promise<string | null> {
  if (!fileId) return null;
  try {
    return (await createFileUrl({ ctx, store: getFileStore(), fileId })).url;
  } catch (error) {
    if (error instanceof NotFound) return null;
    throw error;
  }
}

/** The person's three verification documents as signed links (null where not uploaded). */
export async function documentUrls(ctx: Context, userId: string) {
  const fileIds = documentFileIds(await loadVerificationRow(ctx, userId));
  const [faceId, idCard, verificationDocument] = await Promise.all([
    signedFileUrl(ctx, fileIds.face_id),
    signedFileUrl(ctx, fileIds.id_card),
    signedFileUrl(ctx, fileIds.verification_document),
  ]);
  return { face_id: faceId, id_card: idCard, verification_document: verificationDocument };
}

export async function buildFullProfile(ctx: Context, user: UserRow): Promise<FullProfile> {
  const [documents, picture] = await Promise.all([
    documentUrls(ctx, user.id),
    signedFileUrl(ctx, user.profilePictureFileId),
  ]);
  const typeFields =
    user.userType === "candidate" ? { school: user.school } : { occupation: user.occupation };
  return {
    user: { ...personUser(user), profile_picture: picture },
    profile_type: user.userType,
    ...typeFields,
    role: user.role,
    status: profileStatus(user),
    is_active: user.isActive,
    is_user_verified: user.isUserVerified,
    ...documents,
    created_at: user.dateJoined.toISOString(),
    updated_at: user.updatedAt.toISOString(),
  };
}
