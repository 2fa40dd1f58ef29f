// GET /user/list/: visibility per role, exact stats_overview numbers for a known data set, the
// item shapes of each profile, filters, search and pagination. Deleted accounts never appear.
import { beforeAll, describe, expect, it } from "vitest";
import * as userListRoute from "@/app/api/v1/user/list/route";
import type { TestDatabase } from "../support/database";
import { authHeaders, createUser, useDatabaseWithKey } from "../support/factories";
import { call } from "../support/http";

let database: TestDatabase;
let apiKey: string;
type Headers = Record<string, string>;
const as: Record<string, Headers> = {};
const ids: Record<string, string> = {};

useDatabaseWithKey((setup) => ({ database, apiKey } = setup));
beforeAll(async () => {
  // Staff: 8 live (7 active), 1 deleted. Candidates: 3 live (2 active, 2 verified), 1 deleted.
  const people: Record<string, Parameters<typeof createUser>[1]> = {
    moderator: { role: "moderator", lastName: "Moderator" },
    admin: { role: "admin", lastName: "Admin" },
    manager: { role: "manager", lastName: "Manager", occupation: "Ops lead" },
    superadmin: { role: "superadmin", lastName: "Superadmin" },
    volunteer: { role: "volunteer", lastName: "Volunteer" },
    inactive: { role: "volunteer", lastName: "Inactive", isActive: false },
    sponsor: { role: "sponsor", lastName: "Sponsor" },
    unverifiedModerator: { role: "moderator", lastName: "Unverified", isUserVerified: false },
    deletedStaff: { role: "admin", lastName: "Deletedstaff", deletedAt: new Date() },
    amaka: {
      userType: "candidate",
      role: "league",
      firstName: "Amaka",
      lastName: "Obi",
      email: "amaka.obi@school.example.org",
      school: "Unity School",
    },
    bola: {
      userType: "candidate",
      role: "screening",
      firstName: "Bola",
      lastName: "Ade",
      isUserVerified: false,
    },
    chidi: {
      userType: "candidate",
      role: "final",
      firstName: "Chidi",
      lastName: "Eze",
      isActive: false,
    },
    deletedCandidate: { userType: "candidate", lastName: "Deletedcand", deletedAt: new Date() },
  };
  for (const [name, overrides] of Object.entries(people)) {
    const user = await createUser(database.db, overrides);
    ids[name] = user.id;
    as[name] = await authHeaders(database.db, user.id, apiKey);
  }
});

const list = (query: string, headers: Headers) =>
  call(userListRoute.GET, { path: `/api/v1/user/list/${query}`, headers });

const fullStats = { total_users: 11, active_users: 9, staff_count: 8, candidate_count: 3 };
const candidateStats = { candidate_count: 3, active_candidates: 2, verified_candidates: 2 };
const lastNames = (data: Record<string, any>) =>
  data.results.map((item: any) => item.last_name ?? item.user.last_name);

describe("GET /user/list/ for moderators and admins", () => {
  it("lists candidates with candidate statistics only", async () => {
    for (const role of ["moderator", "admin"]) {
      const response = await list("?profile=candidate", as[role]!);
      expect(response.status).toBe(200);
      expect(response.data.stats_overview).toEqual(candidateStats);
      expect(lastNames(response.data)).toEqual(["Ade", "Eze", "Obi"]);
      const amaka = response.data.results.find((item: any) => item.user.first_name === "Amaka");
      expect(amaka).toEqual({
        user: expect.objectContaining({ id: ids.amaka, email: "amaka.obi@school.example.org" }),
        school: "Unity School",
        role: "league",
        status: "active",
        is_user_verified: true,
      });
    }
  });

  it("refuses the staff list and the generic list with 403", async () => {
    for (const role of ["moderator", "admin"]) {
      for (const query of ["?profile=staff", ""]) {
        const response = await list(query, as[role]!);
        expect(response.status).toBe(403);
        expect(response.data.code).toBe("permission_denied");
      }
    }
  });
});

describe("GET /user/list/ for managers and superadmins", () => {
  it("lists everyone in the generic shape with full statistics", async () => {
    for (const role of ["manager", "superadmin"]) {
      const response = await list("", as[role]!);
      expect(response.status).toBe(200);
      expect(response.data.stats_overview).toEqual(fullStats);
      expect(response.data.pagination.count).toBe(11);
    }
    const response = await list("", as.manager!);
    const names = lastNames(response.data);
    expect(names).not.toContain("Deletedstaff");
    expect(names).not.toContain("Deletedcand");
    const manager = response.data.results.find((item: any) => item.id === ids.manager);
    expect(manager).toEqual({
      id: ids.manager,
      email: expect.any(String),
      first_name: "Test",
      last_name: "Manager",
      is_active: true,
      status: "active",
      date_joined: expect.any(String),
      staff_profile: { occupation: "Ops lead", role: "manager" },
      candidate_profile: null,
    });
    const amaka = response.data.results.find((item: any) => item.id === ids.amaka);
    expect(amaka.staff_profile).toBeNull();
    expect(amaka.candidate_profile).toEqual({ school: "Unity School", role: "league" });
  });

  it("lists staff in GET /staff/'s shape with profile=staff", async () => {
    const response = await list("?profile=staff", as.manager!);
    expect(response.status).toBe(200);
    expect(response.data.stats_overview).toEqual(fullStats);
    expect(response.data.pagination.count).toBe(8);
    const inactive = response.data.results.find((item: any) => item.user.id === ids.inactive);
    expect(inactive).toMatchObject({ role: "volunteer", status: "deactivated", occupation: null });
    expect(response.data.results.every((item: any) => "occupation" in item)).toBe(true);
  });

  it("filters by is_active and searches name and email with LIKE wildcards taken literally", async () => {
    expect(lastNames((await list("?is_active=false", as.manager!)).data).sort()).toEqual([
      "Eze",
      "Inactive",
    ]);
    expect(lastNames((await list("?profile=candidate&is_active=true", as.manager!)).data)).toEqual([
      "Ade",
      "Obi",
    ]);
    expect(lastNames((await list("?search=AMAKA", as.manager!)).data)).toEqual(["Obi"]);
    expect(lastNames((await list("?search=school.example", as.manager!)).data)).toEqual(["Obi"]);
    expect((await list("?search=%25", as.manager!)).data.results).toEqual([]);
    expect((await list("?search=_", as.manager!)).data.results).toEqual([]);
    // The statistics summarise the platform, not the filtered page.
    expect((await list("?search=AMAKA", as.manager!)).data.stats_overview).toEqual(fullStats);
  });

  it("paginates, keeping the filters in the links; past the end is 404", async () => {
    const first = await list("?is_active=true&page_size=3", as.manager!);
    expect(first.data.pagination).toMatchObject({
      count: 9,
      page: 1,
      page_size: 3,
      total_pages: 3,
      has_next: true,
      has_previous: false,
    });
    expect(first.data.pagination.next).toContain("is_active=true");
    expect(first.data.pagination.next).toContain("page=2");
    const last = await list("?is_active=true&page_size=3&page=3", as.manager!);
    expect(last.data.results).toHaveLength(3);
    expect((await list("?page=4&page_size=3&is_active=true", as.manager!)).status).toBe(404);
  });

  it("rejects malformed filters with 400", async () => {
    for (const query of ["?profile=admin", "?is_active=maybe", "?page=0"]) {
      const response = await list(query, as.manager!);
      expect(response.status).toBe(400);
      expect(response.data.code).toBe("invalid");
    }
  });
});

describe("GET /user/list/ for everyone else", () => {
  it("refuses volunteers, sponsors, unverified or deactivated staff, candidates and key-only callers", async () => {
    expect((await list("?profile=candidate", as.volunteer!)).status).toBe(403);
    expect((await list("?profile=candidate", as.sponsor!)).data.code).toBe("permission_denied");
    expect((await list("?profile=candidate", as.unverifiedModerator!)).data.code).toBe(
      "unverified_staff",
    );
    expect((await list("?profile=candidate", as.amaka!)).status).toBe(403);
    expect((await list("?profile=candidate", as.inactive!)).status).toBe(401);
    expect((await list("?profile=candidate", { "x-api-key": apiKey })).status).toBe(401);
  });
});
