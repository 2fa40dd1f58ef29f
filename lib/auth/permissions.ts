// Permissions as data: one table of what each permission needs. Routes declare the permission;
// the route helper checks it. Later domains add their rows here.
import { staffRoleAtLeast, type StaffRole, type UserType } from "./roles";

export const apiKeyScopes = [
  "assessments:read",
  "candidates:read",
  "candidates:write",
  "results:read",
] as const;
export type ApiKeyScope = (typeof apiKeyScopes)[number];

type PermissionRule =
  | { userType: "staff"; minimumRole: StaffRole; requiresVerifiedStaff: boolean }
  | { userType: "candidate" };

const staff = (minimumRole: StaffRole, requiresVerifiedStaff = true): PermissionRule => ({
  userType: "staff",
  minimumRole,
  requiresVerifiedStaff,
});

export const permissionTable = {
  // Own account (every staff member, verified or not).
  "staff:self": staff("volunteer", false),
  // People
  "candidates:list": staff("moderator"),
  "candidates:view": staff("admin"),
  "candidates:assign-role": staff("admin"),
  "staff:list": staff("moderator"),
  "staff:view": staff("manager"),
  "staff:assign-role": staff("manager"),
  "staff:invite": staff("manager"),
  "users:list": staff("moderator"),
  "accounts:manage-others": staff("manager"),
  "verification:review": staff("manager"),
  // Questions and exams
  "questions:manage": staff("moderator"),
  "questions:link-exams": staff("admin"),
  "exams:manage": staff("admin"),
  "scores:submit": staff("admin"),
  "leaderboards:publish": staff("admin"),
  "exams:invite": staff("manager"),
  "dashboards:staff": staff("moderator"),
  // Communication and integrations
  "broadcasts:manage": staff("manager"),
  "api-keys:manage": staff("manager"),
  "webhooks:manage": staff("manager"),
  "analytics:view": staff("admin"),
  // Platform switches
  "registration:manage": staff("superadmin"),
  // Candidates acting for themselves
  "exams:take": { userType: "candidate" },
} as const satisfies Record<string, PermissionRule>;

export type Permission = keyof typeof permissionTable;

export type PermissionSubject = { userType: UserType; role: string; isUserVerified: boolean };

export type PermissionVerdict =
  | { allowed: true }
  | { allowed: false; code: "permission_denied" | "unverified_staff"; detail: string };

/** Decide whether a signed-in person holds a permission. Pure: no I/O. */
export function checkPermission(
  subject: PermissionSubject,
  permission: Permission,
): PermissionVerdict {
  const rule: PermissionRule = permissionTable[permission];
  if (rule.userType !== subject.userType) return denied();
  if (rule.userType === "candidate") return { allowed: true };
  if (!staffRoleAtLeast(subject.role, rule.minimumRole)) return denied();
  if (rule.requiresVerifiedStaff && !subject.isUserVerified) {
    return {
      allowed: false,
      code: "unverified_staff",
      detail: "Staff member must be verified to perform this action.",
    };
  }
  return { allowed: true };
}

function denied(): PermissionVerdict {
  return {
    allowed: false,
    code: "permission_denied",
    detail: "You do not have permission to perform this action.",
  };
}
