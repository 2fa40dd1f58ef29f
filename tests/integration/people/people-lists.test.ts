// GET /candidates/ and GET /staff/: who may list, the filters, search and pagination.
import { beforeAll, describe, expect, it } from "vitest";
import * as candidatesRoute from "@/app/api/v1/candidates/route";
import * as staffRoute from "@/app/api/v1/staff/route";
import { profileStatus } from "@/lib/people/status";
import type { TestDatabase } from "../support/database";
import { authHeaders, createUser, useDatabaseWithKey } from "../support/factories";
import { call } from "../support/http";

let database: TestDatabase;
let apiKey: string;
const as: Record<string, Record<string, string>> = {};

useDatabaseWithKey((setup) => ({ database, apiKey } = setup));
beforeAll(async () => {
  for (const role of ["volunteer", "moderator", "admin"]) {
    const user = await createUser(database.db, {
      role,
      lastName: `Staff ${role}`,
      occupation: role === "admin" ? "Math teacher" : "Engineer",
    });
    as[role] = await authHeaders(database.db, user.id, apiKey);
  }
  const unverifiedModerator = await createUser(database.db, {
    role: "moderator",
    isUserVerified: false,
    lastName: "Staff unverified",
  });
  as.unverified = await authHeaders(database.db, unverifiedModerator.id, apiKey);
  const candidate = await createUser(database.db, {
    userType: "candidate",
    role: "final",
    lastName: "Zed",
    school: "North 50% Academy",
  });
  as.candidate = await authHeaders(database.db, candidate.id, apiKey);
  await createUser(database.db, {
    userType: "candidate",
    role: "screening",
    firstName: "Amaka",
    lastName: "Obi",
    school: "Unity School",
    isUserVerified: false,
  });
  await createUser(database.db, {
    userType: "candidate",
    role: "league",
    firstName: "Bola",
    lastName: "Ade",
    school: "Unity School",
  });
  await createUser(database.db, {
    userType: "candidate",
    role: "league",
    lastName: "Gone",
    isActive: false,
  });
});

const list = (
  route: typeof candidatesRoute | typeof staffRoute,
  query: string,
  headers: Record<string, string>,
) =>
  call(route.GET, {
    path: `/api/v1/${route === candidatesRoute ? "candidates" : "staff"}/${query}`,
    headers,
  });

describe("GET /candidates/", () => {
  it("is for verified staff from moderator up", async () => {
    expect((await list(candidatesRoute, "", as.moderator!)).status).toBe(200);
    expect((await list(candidatesRoute, "", as.admin!)).status).toBe(200);
    expect((await list(candidatesRoute, "", as.volunteer!)).data.code).toBe("permission_denied");
    expect((await list(candidatesRoute, "", as.unverified!)).data.code).toBe("unverified_staff");
    expect((await list(candidatesRoute, "", as.candidate!)).status).toBe(403);
    expect((await list(candidatesRoute, "", { "x-api-key": apiKey })).status).toBe(401);
  });

  it("lists candidates only, in the spec's shape, with the derived status", async () => {
    const response = await list(candidatesRoute, "", as.moderator!);
    expect(response.data.pagination.count).toBe(4);
    const names = response.data.results.map(
      (item: { user: { last_name: string } }) => item.user.last_name,
    );
    expect(names).toEqual(["Ade", "Gone", "Obi", "Zed"]);
    const amaka = response.data.results.find(
      (item: { user: { first_name: string } }) => item.user.first_name === "Amaka",
    );
    expect(amaka).toMatchObject({
      school: "Unity School",
      role: "screening",
      status: "inactive",
      is_user_verified: false,
    });
    const gone = response.data.results.find(
      (item: { user: { last_name: string } }) => item.user.last_name === "Gone",
    );
    expect(gone.status).toBe("deactivated");
  });

  it("filters by role, school, verified and searches name, email and school (LIKE wildcards are literal)", async () => {
    const names = async (query: string) =>
      (await list(candidatesRoute, query, as.moderator!)).data.results.map(
        (item: { user: { last_name: string } }) => item.user.last_name,
      );
    expect(await names("?role=league")).toEqual(["Ade", "Gone"]);
    expect(await names("?school=unity")).toEqual(["Ade", "Obi"]);
    expect(await names("?verified=false")).toEqual(["Obi"]);
    expect(await names("?search=amak")).toEqual(["Obi"]);
    expect(await names("?search=50%25")).toEqual(["Zed"]);
    expect(await names("?search=%25")).toEqual(["Zed"]); // only the school with a real "%"
    expect(await names("?search=_")).toEqual([]); // "_" is not "any character"
  });

  it("refuses unknown filter values and pages past the end", async () => {
    expect((await list(candidatesRoute, "?role=admin", as.moderator!)).status).toBe(400);
    expect(
      (await list(candidatesRoute, "?verified=yes", as.moderator!)).data.errors.verified,
    ).toEqual(["Use true or false."]);
    expect((await list(candidatesRoute, "?page=9", as.moderator!)).status).toBe(404);
    const paged = await list(candidatesRoute, "?page_size=3&page=2", as.moderator!);
    expect(paged.data.results).toHaveLength(1);
    expect(paged.data.pagination).toMatchObject({
      page: 2,
      total_pages: 2,
      has_previous: true,
      has_next: false,
    });
  });
});

describe("GET /staff/", () => {
  it("is for verified staff from moderator up, lists staff only, and filters by role and occupation", async () => {
    expect((await list(staffRoute, "", as.volunteer!)).status).toBe(403);
    const all = await list(staffRoute, "", as.moderator!);
    expect(
      all.data.results.every(
        (item: { occupation?: string; school?: string }) =>
          "occupation" in item && !("school" in item),
      ),
    ).toBe(true);
    expect(all.data.pagination.count).toBe(4);
    const admins = await list(staffRoute, "?role=admin", as.moderator!);
    expect(admins.data.results.map((item: { role: string }) => item.role)).toEqual(["admin"]);
    const teachers = await list(staffRoute, "?occupation=teacher", as.moderator!);
    expect(teachers.data.results).toHaveLength(1);
    expect((await list(staffRoute, "?role=winner", as.moderator!)).status).toBe(400);
  });
});

describe("profileStatus", () => {
  it("derives the four statuses", () => {
    const base = { isActive: true, deletedAt: null, isEmailVerified: true, isUserVerified: true };
    expect(profileStatus(base)).toBe("active");
    expect(profileStatus({ ...base, isUserVerified: false })).toBe("inactive");
    expect(profileStatus({ ...base, isEmailVerified: false, isUserVerified: false })).toBe(
      "pending",
    );
    expect(profileStatus({ ...base, isActive: false })).toBe("deactivated");
    expect(profileStatus({ ...base, deletedAt: new Date() })).toBe("deactivated");
  });
});
