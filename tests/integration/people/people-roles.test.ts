// PUT /candidates/{id}/roles/assign/, GET /staff/{id}/ and PUT /staff/{id}/roles/assign/:
// the permission matrix, object access (IDOR) and every role rule of CONTRACT section 3.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as assignCandidateRoute from "@/app/api/v1/candidates/[id]/roles/assign/route";
import * as staffDetailRoute from "@/app/api/v1/staff/[id]/route";
import * as assignStaffRoute from "@/app/api/v1/staff/[id]/roles/assign/route";
import { users } from "@/db/schema";
import { useClock } from "@/lib/context";
import type { TestDatabase } from "../support/database";
import { authHeaders, createUser, useDatabaseWithKey } from "../support/factories";
import { call } from "../support/http";

let database: TestDatabase;
let apiKey: string;
type Headers = Record<string, string>;
const as: Record<string, Headers> = {};
const ids: Record<string, string> = {};

async function person(name: string, overrides: Parameters<typeof createUser>[1]) {
  const user = await createUser(database.db, { lastName: name, ...overrides });
  ids[name] = user.id;
  as[name] = await authHeaders(database.db, user.id, apiKey);
  return user;
}

useDatabaseWithKey((setup) => ({ database, apiKey } = setup));
beforeAll(async () => {
  for (const role of ["volunteer", "moderator", "admin", "manager", "superadmin", "sponsor"]) {
    await person(role, { role, occupation: `${role} job` });
  }
  await person("otherManager", { role: "manager" });
  await person("unverifiedManager", { role: "manager", isUserVerified: false });
  await person("unverifiedAdmin", { role: "admin", isUserVerified: false });
  await person("candidate", { userType: "candidate", role: "screening", school: "Unity" });
  await person("unverifiedCandidate", {
    userType: "candidate",
    role: "screening",
    isUserVerified: false,
  });
  await person("deletedCandidate", {
    userType: "candidate",
    role: "screening",
    deletedAt: new Date(),
  });
  await person("deletedStaff", { role: "volunteer", deletedAt: new Date() });
});
afterAll(async () => {
  useClock(undefined);
});

const roleOf = async (id: string) =>
  (await database.db.select({ role: users.role }).from(users).where(eq(users.id, id)))[0]!.role;

const assignCandidate = (id: string, role: unknown, headers: Headers) =>
  call(assignCandidateRoute.PUT, {
    method: "PUT",
    path: `/api/v1/candidates/${id}/roles/assign/`,
    params: { id },
    headers,
    json: { role },
  });

const assignStaff = (id: string, role: unknown, headers: Headers) =>
  call(assignStaffRoute.PUT, {
    method: "PUT",
    path: `/api/v1/staff/${id}/roles/assign/`,
    params: { id },
    headers,
    json: { role },
  });

const staffDetail = (id: string, headers: Headers) =>
  call(staffDetailRoute.GET, { path: `/api/v1/staff/${id}/`, params: { id }, headers });

describe("PUT /candidates/{id}/roles/assign/", () => {
  it("is for verified staff from admin up", async () => {
    const admin = await assignCandidate(ids.candidate!, "league", as.admin!);
    expect(admin.status).toBe(200);
    expect(admin.data).toEqual({ role: "league" });
    expect(await roleOf(ids.candidate!)).toBe("league");

    const moderator = await assignCandidate(ids.candidate!, "final", as.moderator!);
    expect(moderator.status).toBe(403);
    expect(moderator.data.code).toBe("permission_denied");
    expect((await assignCandidate(ids.candidate!, "final", as.unverifiedAdmin!)).data.code).toBe(
      "unverified_staff",
    );
    expect((await assignCandidate(ids.candidate!, "final", as.sponsor!)).status).toBe(403);
    expect((await assignCandidate(ids.candidate!, "final", as.candidate!)).status).toBe(403);
    expect((await assignCandidate(ids.candidate!, "final", { "x-api-key": apiKey })).status).toBe(
      401,
    );
    expect(await roleOf(ids.candidate!)).toBe("league");
  });

  it("writes the role and updatedAt; the same role again is a no-op", async () => {
    const updated = async () =>
      (
        await database.db
          .select({ updatedAt: users.updatedAt, role: users.role })
          .from(users)
          .where(eq(users.id, ids.candidate!))
      )[0]!;
    const changedAt = new Date(Math.floor(Date.now() / 1000) * 1000 + 60_000);
    useClock({ now: () => changedAt });
    try {
      expect((await assignCandidate(ids.candidate!, "final", as.manager!)).status).toBe(200);
      expect(await updated()).toEqual({ role: "final", updatedAt: changedAt });
      useClock({ now: () => new Date(changedAt.getTime() + 1000) });
      const again = await assignCandidate(ids.candidate!, "final", as.superadmin!);
      expect(again.status).toBe(200);
      expect(again.data).toEqual({ role: "final" });
      expect((await updated()).updatedAt).toEqual(changedAt);
    } finally {
      useClock(undefined);
    }
  });

  it("refuses an unverified candidate with 403 unverified_candidate", async () => {
    const response = await assignCandidate(ids.unverifiedCandidate!, "league", as.admin!);
    expect(response.status).toBe(403);
    expect(response.data).toMatchObject({
      code: "unverified_candidate",
      detail: "A candidate must be verified before a role can be assigned.",
    });
    expect(await roleOf(ids.unverifiedCandidate!)).toBe("screening");
  });

  it("rejects a role that is not a candidate role with 400", async () => {
    for (const role of ["manager", "champion", 3, null]) {
      const response = await assignCandidate(ids.candidate!, role, as.admin!);
      expect(response.status).toBe(400);
      expect(response.data.code).toBe("invalid");
      expect(response.data.errors.role).toBeDefined();
    }
  });

  it("answers 404 for staff ids, deleted, unknown and malformed ids", async () => {
    for (const id of [ids.volunteer!, ids.deletedCandidate!, randomUUID(), "not-a-uuid"]) {
      const response = await assignCandidate(id, "league", as.admin!);
      expect(response.status).toBe(404);
      expect(response.data.code).toBe("not_found");
    }
    expect(await roleOf(ids.volunteer!)).toBe("volunteer");
  });
});

describe("GET /staff/{id}/", () => {
  it("is for verified managers and superadmins", async () => {
    const response = await staffDetail(ids.volunteer!, as.manager!);
    expect(response.status).toBe(200);
    expect(response.data).toMatchObject({
      user: { id: ids.volunteer, last_name: "volunteer", profile_picture: null },
      profile_type: "staff",
      occupation: "volunteer job",
      role: "volunteer",
      status: "active",
      is_active: true,
      is_user_verified: true,
      face_id: null,
      id_card: null,
      verification_document: null,
    });
    expect((await staffDetail(ids.manager!, as.superadmin!)).status).toBe(200);

    const admin = await staffDetail(ids.volunteer!, as.admin!);
    expect(admin.status).toBe(403);
    expect(admin.data.code).toBe("permission_denied");
    expect((await staffDetail(ids.volunteer!, as.unverifiedManager!)).data.code).toBe(
      "unverified_staff",
    );
    expect((await staffDetail(ids.volunteer!, as.candidate!)).status).toBe(403);
    expect((await staffDetail(ids.volunteer!, as.sponsor!)).status).toBe(403);
    expect((await staffDetail(ids.volunteer!, { "x-api-key": apiKey })).status).toBe(401);
  });

  it("answers 404 for candidate ids, deleted, unknown and malformed ids", async () => {
    for (const id of [ids.candidate!, ids.deletedStaff!, randomUUID(), "12345"]) {
      const response = await staffDetail(id, as.manager!);
      expect(response.status).toBe(404);
      expect(response.data.code).toBe("not_found");
    }
  });
});

describe("PUT /staff/{id}/roles/assign/", () => {
  it("is for verified managers and superadmins", async () => {
    const target = await person("target1", { role: "volunteer" });
    const manager = await assignStaff(target.id, "moderator", as.manager!);
    expect(manager.status).toBe(200);
    expect(manager.data).toEqual({ role: "moderator" });
    expect(await roleOf(target.id)).toBe("moderator");

    const admin = await assignStaff(target.id, "volunteer", as.admin!);
    expect(admin.status).toBe(403);
    expect(admin.data.code).toBe("permission_denied");
    expect((await assignStaff(target.id, "volunteer", as.unverifiedManager!)).data.code).toBe(
      "unverified_staff",
    );
    expect((await assignStaff(target.id, "volunteer", as.candidate!)).status).toBe(403);
    expect((await assignStaff(target.id, "volunteer", { "x-api-key": apiKey })).status).toBe(401);
    expect(await roleOf(target.id)).toBe("moderator");
  });

  it("lets a manager give admin and sponsor, and change a sponsor", async () => {
    const target = await person("target2", { role: "moderator" });
    expect((await assignStaff(target.id, "admin", as.manager!)).status).toBe(200);
    expect((await assignStaff(target.id, "sponsor", as.manager!)).status).toBe(200);
    expect(await roleOf(target.id)).toBe("sponsor");
    expect((await assignStaff(target.id, "volunteer", as.manager!)).status).toBe(200);
    expect(await roleOf(target.id)).toBe("volunteer");
  });

  it("refuses a manager assigning manager", async () => {
    const target = await person("target3", { role: "admin" });
    const response = await assignStaff(target.id, "manager", as.manager!);
    expect(response.status).toBe(403);
    expect(response.data.code).toBe("permission_denied");
    expect(response.data.detail).toMatch(/manager/);
    expect(await roleOf(target.id)).toBe("admin");
  });

  it("refuses a manager changing another manager, even to the same role", async () => {
    for (const role of ["admin", "manager"]) {
      const response = await assignStaff(ids.otherManager!, role, as.manager!);
      expect(response.status).toBe(403);
      expect(response.data.code).toBe("permission_denied");
    }
    expect(await roleOf(ids.otherManager!)).toBe("manager");
  });

  it("refuses anyone changing a superadmin or assigning superadmin", async () => {
    expect((await assignStaff(ids.superadmin!, "admin", as.manager!)).status).toBe(403);
    const target = await person("target4", { role: "admin" });
    for (const headers of [as.manager!, as.superadmin!]) {
      const response = await assignStaff(target.id, "superadmin", headers);
      expect(response.status).toBe(403);
      expect(response.data.code).toBe("permission_denied");
    }
    expect(await roleOf(target.id)).toBe("admin");
  });

  it("lets a superadmin make someone a manager and change a manager", async () => {
    const target = await person("target5", { role: "admin" });
    const promoted = await assignStaff(target.id, "manager", as.superadmin!);
    expect(promoted.status).toBe(200);
    expect(await roleOf(target.id)).toBe("manager");
    expect((await assignStaff(target.id, "admin", as.superadmin!)).status).toBe(200);
    expect(await roleOf(target.id)).toBe("admin");
  });

  it("refuses changing one's own role", async () => {
    const response = await assignStaff(ids.superadmin!, "manager", as.superadmin!);
    expect(response.status).toBe(403);
    expect(response.data).toMatchObject({
      code: "permission_denied",
      detail: "You cannot change your own role.",
    });
    expect((await assignStaff(ids.manager!, "manager", as.manager!)).status).toBe(403);
    expect(await roleOf(ids.superadmin!)).toBe("superadmin");
  });

  it("treats the same role again as a 200 no-op", async () => {
    const target = await person("target6", { role: "moderator" });
    const response = await assignStaff(target.id, "moderator", as.manager!);
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ role: "moderator" });
    expect(await roleOf(target.id)).toBe("moderator");
  });

  it("rejects unknown roles and candidate roles with 400", async () => {
    for (const role of ["league", "boss", "", 7]) {
      const response = await assignStaff(ids.volunteer!, role, as.manager!);
      expect(response.status).toBe(400);
      expect(response.data.errors.role).toBeDefined();
    }
  });

  it("answers 404 for candidate ids, deleted, unknown and malformed ids", async () => {
    for (const id of [ids.candidate!, ids.deletedStaff!, randomUUID(), "nope"]) {
      const response = await assignStaff(id, "moderator", as.manager!);
      expect(response.status).toBe(404);
      expect(response.data.code).toBe("not_found");
    }
    expect(await roleOf(ids.candidate!)).not.toBe("moderator");
  });
});
