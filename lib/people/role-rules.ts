// Who may give which role to whom (CONTRACT section 3). Pure functions: the API enforces them and
// the admin pages use the same answers to offer only the roles a viewer may actually set.
import { candidateRoles, sponsorRole, staffRank, staffRoles } from "@/lib/auth/roles";

/** Every role a staff account can hold: the ladder plus sponsor (rank -1, no permissions). */
export const staffRoleOptions = [...staffRoles, sponsorRole] as const;
export type StaffRoleOption = (typeof staffRoleOptions)[number];

const managerRank = staffRank("manager");

/**
 * The roles someone of `actorRole` may give over the API (when inviting or changing a role):
 * roles ranked strictly below their own, plus sponsor, never superadmin. Below manager: none.
 * A manager therefore gets volunteer, moderator, admin and sponsor; a superadmin also manager.
 */
export function grantableStaffRoles(actorRole: string): StaffRoleOption[] {
  const actorRank = staffRank(actorRole);
  if (actorRank < managerRank) return [];
  return staffRoleOptions.filter((role) => role !== "superadmin" && staffRank(role) < actorRank);
}

/** Roles an actor may set on a new staff member (POST /staff/invite/). */
export const invitableStaffRoles = grantableStaffRoles;

/**
 * Why `actorRole` may not change the role of someone currently `targetRole` at all, or null when
 * they may. Nobody changes the role of someone ranked at or above themselves (a manager cannot
 * change a manager's role; a superadmin can).
 */
export function staffTargetRefusal(actorRole: string, targetRole: string): string | null {
  const actorRank = staffRank(actorRole);
  if (actorRank < managerRank) return "Only managers and superadmins may change staff roles.";
  if (staffRank(targetRole) >= actorRank) {
    return `You cannot change the role of a staff member ranked ${targetRole}, which is at or above your own.`;
  }
  return null;
}

/** The roles `actorRole` may give a staff member who is currently `targetRole` (empty: none). */
export function assignableStaffRoles(actorRole: string, targetRole: string): StaffRoleOption[] {
  return staffTargetRefusal(actorRole, targetRole) ? [] : grantableStaffRoles(actorRole);
}

export type StaffRoleChange = {
  actorId: string;
  actorRole: string;
  targetId: string;
  targetRole: string;
  newRole: string;
};

/** Why this staff role change is refused (a 403's detail), or null when it is allowed. */
export function staffRoleChangeRefusal(change: StaffRoleChange): string | null {
  if (change.actorId === change.targetId) return "You cannot change your own role.";
  const targetRefusal = staffTargetRefusal(change.actorRole, change.targetRole);
  if (targetRefusal) return targetRefusal;
  if (change.newRole === "superadmin") return "The superadmin role cannot be assigned.";
  if (!(grantableStaffRoles(change.actorRole) as string[]).includes(change.newRole)) {
    return `You cannot assign the ${change.newRole} role; only roles below your own.`;
  }
  return null;
}

/** Why an actor may not invite someone with `role`, or null when they may. */
export function staffInviteRefusal(actorRole: string, role: string): string | null {
  if (role === "superadmin") return "The superadmin role cannot be assigned.";
  if (!(grantableStaffRoles(actorRole) as string[]).includes(role)) {
    return `You cannot invite a staff member as ${role}; only roles below your own.`;
  }
  return null;
}

/** Candidate roles are all assignable by whoever holds candidates:assign-role (admin+). */
export const assignableCandidateRoles = candidateRoles;

export type RoleChangeOffer = {
  /** The roles the viewer may pick for this person (empty when they may change nothing). */
  options: string[];
  /** Why the viewer may not change this person's role, or null when they may. */
  reason: string | null;
};

/**
 * What the admin person page offers a viewer for one person's role: the same rules the API
 * enforces, phrased for the page. `canAssignCandidates` is whether the viewer holds
 * candidates:assign-role, `canAssignStaff` whether they hold staff:assign-role.
 */
export function roleChangeOffer(input: {
  viewer: { id: string; role: string };
  target: { id: string; userType: "candidate" | "staff"; role: string; isUserVerified: boolean };
  canAssignCandidates: boolean;
  canAssignStaff: boolean;
}): RoleChangeOffer {
  const none = (reason: string): RoleChangeOffer => ({ options: [], reason });
  if (input.target.userType === "candidate") {
    if (!input.canAssignCandidates)
      return none("Only verified admins, managers and superadmins can change candidate roles.");
    if (!input.target.isUserVerified)
      return none("A candidate must be verified before a role can be assigned.");
    return { options: [...candidateRoles], reason: null };
  }
  if (input.viewer.id === input.target.id) return none("You cannot change your own role.");
  if (!input.canAssignStaff)
    return none("Only verified managers and superadmins can change staff roles.");
  const refusal = staffTargetRefusal(input.viewer.role, input.target.role);
  if (refusal) return none(refusal);
  return { options: grantableStaffRoles(input.viewer.role), reason: null };
}
