// The staff person page (/admin/people/{id}): the profile plus the role change the viewer may make.
// Permissions are checked here, so the page cannot forget them.
import { can, requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { NotAuthenticated } from "@/lib/errors";
import { buildFullProfile, loadPerson, type FullProfile } from "./profile";
import { roleChangeOffer, type RoleChangeOffer } from "./role-rules";

export type PersonAdminView = {
  profile: FullProfile;
  roleChange: RoleChangeOffer;
  /** Whether the document links are included (verification reviewers only). */
  showsDocuments: boolean;
};

/**
 * One person for /admin/people/{id}. Staff need staff:view (manager+), candidates candidates:list
 * (moderator+); anyone else gets the 403 the page turns into a no-access message, and an unknown
 * or deleted id the 404 the page turns into notFound(). Verification documents are private: their
 * links are only included for viewers who may review verifications (as the documents API rules).
 */
export async function getPersonAdminView({
  ctx,
  input,
}: {
  ctx: Context;
  input: { userId: string };
}): Promise<PersonAdminView> {
  const viewer = ctx.actor.user;
  if (!viewer) throw new NotAuthenticated("Sign in first.");
  requirePermission(ctx, "candidates:list"); // the least any person page needs
  const person = await loadPerson(ctx, input.userId);
  requirePermission(ctx, person.userType === "staff" ? "staff:view" : "candidates:list");
  const profile = await buildFullProfile(ctx, person);
  const showsDocuments = can(ctx, "verification:review");
  if (!showsDocuments) {
    profile.face_id = null;
    profile.id_card = null;
    profile.verification_document = null;
  }
  const roleChange = roleChangeOffer({
    viewer,
    target: person,
    canAssignCandidates: can(ctx, "candidates:assign-role"),
    canAssignStaff: can(ctx, "staff:assign-role"),
  });
  return { profile, roleChange, showsDocuments };
}
