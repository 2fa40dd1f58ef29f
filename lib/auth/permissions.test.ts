import { describe, expect, it } from "vitest";
import { checkPermission, permissionTable, type Permission } from "./permissions";
import { staffRoles } from "./roles";

const staff = (role: string, isUserVerified = true) => ({
  userType: "staff" as const,
  role,
  isUserVerified,
});

describe("checkPermission", () => {
  it("is hierarchical: each staff permission is held from its minimum role upwards and not below", () => {
    for (const [permission, rule] of Object.entries(permissionTable)) {
      if (rule.userType !== "staff") continue;
      const minimum = staffRoles.indexOf(rule.minimumRole);
      staffRoles.forEach((role, rank) => {
        expect(
          checkPermission(staff(role), permission as Permission).allowed,
          `${role} ${permission}`,
        ).toBe(rank >= minimum);
      });
    }
  });

  it("gives sponsors and unknown roles nothing", () => {
    for (const role of ["sponsor", "root", ""]) {
      expect(checkPermission(staff(role), "staff:self")).toMatchObject({
        allowed: false,
        code: "permission_denied",
      });
    }
  });

  it("requires a verified staff member where the rule says so", () => {
    expect(checkPermission(staff("superadmin", false), "api-keys:manage")).toEqual({
      allowed: false,
      code: "unverified_staff",
      detail: "Staff member must be verified to perform this action.",
    });
    expect(checkPermission(staff("volunteer", false), "staff:self")).toEqual({ allowed: true });
  });

  it("keeps candidates and staff apart", () => {
    const candidate = { userType: "candidate" as const, role: "winner", isUserVerified: true };
    expect(checkPermission(candidate, "exams:take")).toEqual({ allowed: true });
    expect(checkPermission(candidate, "candidates:list").allowed).toBe(false);
    expect(checkPermission(staff("superadmin"), "exams:take").allowed).toBe(false);
  });
});
