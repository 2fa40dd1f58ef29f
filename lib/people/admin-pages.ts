// What the staff admin pages need beyond the API's operations: one person's page (profile plus
// the role change the viewer may make) and the form entry points of the page's server actions.
// Permissions are checked here, so a page or action cannot forget them.
import { can, requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { NotAuthenticated } from "@/lib/errors";
import { parseInput } from "@/lib/http/parse-input";
import { assignCandidateRole } from "./assign-candidate-role";
import { assignStaffRole } from "./assign-staff-role";
import { inviteStaff } from "./invite-staff";
import { buildFullProfile, loadPerson, type FullProfile } from "./profile";
import { roleChangeOffer, type RoleChangeOffer } from "./role-rules";
import { assignCandidateRoleInput, assignStaffRoleInput, inviteStaffInput } from "./schemas";

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

/** The person page's role change: the same checks and rules as the two PUT endpoints. */
export async function assignPersonRole({
  ctx,
  input,
}: {
  ctx: Context;
  input: { userId: string; role: string };
}): Promise<{ role: string; userType: "candidate" | "staff" }> {
  const person = await loadPerson(ctx, input.userId);
  if (person.userType === "candidate") {
    requirePermission(ctx, "candidates:assign-role");
    const { role } = parseInput(assignCandidateRoleInput, { role: input.role }, "role");
    return {
      ...(await assignCandidateRole({ ctx, input: { candidateId: person.id, role } })),
      userType: "candidate",
    };
  }
  requirePermission(ctx, "staff:assign-role");
  const { role } = parseInput(assignStaffRoleInput, { role: input.role }, "role");
  return {
    ...(await assignStaffRole({ ctx, input: { staffId: person.id, role } })),
    userType: "staff",
  };
}

const inviteFields = [
  "email",
  "first_name",
  "last_name",
  "phone",
  "role",
  "occupation",
  "password",
  "password2",
] as const;

/**
 * The invite page's form: the same validation and rules as POST /staff/invite/. With
 * `password_mode` "generate" (the default) the password fields are ignored and one is generated.
 */
export async function inviteStaffFromForm({
  ctx,
  input,
}: {
  ctx: Context;
  input: { form: FormData };
}) {
  requirePermission(ctx, "staff:invite");
  const fields: Record<string, string> = {};
  const setsPassword = input.form.get("password_mode") === "set";
  for (const name of inviteFields) {
    if (!setsPassword && (name === "password" || name === "password2")) continue;
    const value = input.form.get(name);
    if (typeof value === "string") fields[name] = value;
  }
  const body = parseInput(inviteStaffInput, fields, "request body");
  if (setsPassword) {
    // Choosing to set one makes an empty field a missing one (400), never "generate".
    body.password = fields.password ?? "";
    body.password2 = fields.password2 ?? "";
  }
  return inviteStaff({ ctx, input: body });
}
