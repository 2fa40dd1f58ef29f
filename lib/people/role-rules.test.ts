import { describe, expect, it } from "vitest";
import {
  assignableStaffRoles,
  grantableStaffRoles,
  invitableStaffRoles,
  roleChangeOffer,
  staffInviteRefusal,
  staffRoleChangeRefusal,
  staffTargetRefusal,
} from "./role-rules";

const change = (actorRole: string, targetRole: string, newRole: string, self = false) =>
  staffRoleChangeRefusal({
    actorId: "actor",
    actorRole,
    targetId: self ? "actor" : "target",
    targetRole,
    newRole,
  });

describe("grantableStaffRoles", () => {
  it("gives a manager the roles below manager plus sponsor", () => {
    expect(grantableStaffRoles("manager")).toEqual(["volunteer", "moderator", "admin", "sponsor"]);
  });

  it("gives a superadmin manager as well, never superadmin", () => {
    expect(grantableStaffRoles("superadmin")).toEqual([
      "volunteer",
      "moderator",
      "admin",
      "manager",
      "sponsor",
    ]);
  });

  it("gives nothing below manager, to sponsors, candidates' roles or unknown roles", () => {
    for (const role of ["admin", "moderator", "volunteer", "sponsor", "league", "nonsense"]) {
      expect(grantableStaffRoles(role)).toEqual([]);
    }
  });

  it("is the same list for invitations", () => {
    expect(invitableStaffRoles("manager")).toEqual(grantableStaffRoles("manager"));
  });
});

describe("assignableStaffRoles", () => {
  it("lets a manager change volunteers, moderators, admins and sponsors", () => {
    for (const target of ["volunteer", "moderator", "admin", "sponsor"]) {
      expect(assignableStaffRoles("manager", target)).toContain("admin");
      expect(assignableStaffRoles("manager", target)).not.toContain("manager");
    }
  });

  it("offers nothing for a target at or above the actor", () => {
    expect(assignableStaffRoles("manager", "manager")).toEqual([]);
    expect(assignableStaffRoles("manager", "superadmin")).toEqual([]);
    expect(assignableStaffRoles("superadmin", "superadmin")).toEqual([]);
  });

  it("lets a superadmin change a manager", () => {
    expect(assignableStaffRoles("superadmin", "manager")).toContain("admin");
    expect(staffTargetRefusal("superadmin", "manager")).toBeNull();
  });
});

describe("staffRoleChangeRefusal", () => {
  it("allows a manager to promote a volunteer to admin or make them a sponsor", () => {
    expect(change("manager", "volunteer", "admin")).toBeNull();
    expect(change("manager", "volunteer", "sponsor")).toBeNull();
    expect(change("manager", "sponsor", "moderator")).toBeNull();
  });

  it("refuses a manager assigning manager", () => {
    expect(change("manager", "admin", "manager")).toMatch(/only roles below your own/);
  });

  it("refuses a manager changing a manager, even to the same role", () => {
    expect(change("manager", "manager", "admin")).toMatch(/at or above your own/);
    expect(change("manager", "manager", "manager")).toMatch(/at or above your own/);
  });

  it("refuses superadmin to everyone", () => {
    expect(change("superadmin", "manager", "superadmin")).toMatch(/superadmin role cannot/);
    expect(change("manager", "volunteer", "superadmin")).toMatch(/superadmin role cannot/);
  });

  it("lets a superadmin make someone a manager and demote a manager", () => {
    expect(change("superadmin", "admin", "manager")).toBeNull();
    expect(change("superadmin", "manager", "volunteer")).toBeNull();
  });

  it("refuses changing one's own role", () => {
    expect(change("superadmin", "superadmin", "manager", true)).toBe(
      "You cannot change your own role.",
    );
    expect(change("manager", "manager", "admin", true)).toBe("You cannot change your own role.");
  });

  it("refuses actors below manager", () => {
    expect(change("admin", "volunteer", "moderator")).toMatch(/Only managers/);
  });

  it("allows re-setting a target's current role when the target may be changed", () => {
    expect(change("manager", "admin", "admin")).toBeNull();
  });
});

describe("staffInviteRefusal", () => {
  it("lets a manager invite below manager and a superadmin invite a manager", () => {
    expect(staffInviteRefusal("manager", "moderator")).toBeNull();
    expect(staffInviteRefusal("manager", "sponsor")).toBeNull();
    expect(staffInviteRefusal("superadmin", "manager")).toBeNull();
  });

  it("refuses a manager inviting a manager and anyone inviting a superadmin", () => {
    expect(staffInviteRefusal("manager", "manager")).toMatch(/below your own/);
    expect(staffInviteRefusal("superadmin", "superadmin")).toMatch(/superadmin role cannot/);
  });
});

describe("roleChangeOffer", () => {
  const viewer = { id: "viewer", role: "manager" };
  const staff = (role: string, id = "target") => ({
    id,
    userType: "staff" as const,
    role,
    isUserVerified: true,
  });
  const candidate = (isUserVerified: boolean) => ({
    id: "target",
    userType: "candidate" as const,
    role: "screening",
    isUserVerified,
  });
  const offer = (
    target: Parameters<typeof roleChangeOffer>[0]["target"],
    overrides: Partial<Parameters<typeof roleChangeOffer>[0]> = {},
  ) =>
    roleChangeOffer({
      viewer,
      target,
      canAssignCandidates: true,
      canAssignStaff: true,
      ...overrides,
    });

  it("offers every candidate role for a verified candidate to a holder of candidates:assign-role", () => {
    expect(offer(candidate(true))).toEqual({
      options: ["screening", "league", "final", "winner"],
      reason: null,
    });
  });

  it("explains why an unverified candidate or a viewer without the permission gets nothing", () => {
    expect(offer(candidate(false)).reason).toMatch(/must be verified/);
    expect(offer(candidate(true), { canAssignCandidates: false }).options).toEqual([]);
  });

  it("offers a manager the roles below manager for a volunteer, and nothing for a manager", () => {
    expect(offer(staff("volunteer")).options).toEqual([
      "volunteer",
      "moderator",
      "admin",
      "sponsor",
    ]);
    expect(offer(staff("manager"))).toMatchObject({
      options: [],
      reason: expect.stringMatching(/at or above/),
    });
  });

  it("offers nothing for one's own page or without staff:assign-role", () => {
    expect(offer(staff("admin", "viewer")).reason).toBe("You cannot change your own role.");
    expect(offer(staff("volunteer"), { canAssignStaff: false }).options).toEqual([]);
  });
});
