// Role ladders. Staff permissions are hierarchical: a higher role has everything below it.

export const candidateRoles = ["screening", "league", "final", "winner"] as const;
export const staffRoles = ["volunteer", "moderator", "admin", "manager", "superadmin"] as const;
/** Sponsors are staff accounts with no permissions at all (a vanity role). */
export const sponsorRole = "sponsor" as const;

export type CandidateRole = (typeof candidateRoles)[number];
export type StaffRole = (typeof staffRoles)[number];
export type Role = CandidateRole | StaffRole | typeof sponsorRole;
export type UserType = "candidate" | "staff";

/** A role as people read it ("league" → "League"). */
export const roleLabel = (role: string) => role.charAt(0).toUpperCase() + role.slice(1);

export function isStaffRole(role: string): role is StaffRole {
  return (staffRoles as readonly string[]).includes(role);
}

export function isCandidateRole(role: string): role is CandidateRole {
  return (candidateRoles as readonly string[]).includes(role);
}

/** Position on the staff ladder; -1 for sponsors and anything that is not a staff role. */
export function staffRank(role: string): number {
  return (staffRoles as readonly string[]).indexOf(role);
}

export function staffRoleAtLeast(role: string, minimum: StaffRole): boolean {
  const rank = staffRank(role);
  return rank >= 0 && rank >= staffRank(minimum);
}
