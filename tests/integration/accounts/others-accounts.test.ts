// GET/PATCH /account-management/{user_id}/ for someone else: only accounts:manage-others
// (verified manager+) sees other people; editing also needs the target ranked below the actor.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as byIdRoute from "@/app/api/v1/account-management/[id]/route";
import { users } from "@/db/schema";
import type { TestDatabase } from "../support/database";
import { authHeaders, createUser, useDatabaseWithKey } from "../support/factories";
import { call } from "../support/http";

let database: TestDatabase;
let apiKey: string;
type Person = { id: string; headers: Record<string, string> };
const people: Record<string, Person> = {};

async function person(name: string, overrides: Parameters<typeof createUser>[1]) {
  const user = await createUser(database.db, { lastName: name, ...overrides });
  people[name] = { id: user.id, headers: await authHeaders(database.db, user.id, apiKey) };
}

useDatabaseWithKey((setup) => ({ database, apiKey } = setup));
beforeAll(async () => {
  await person("candidate", { userType: "candidate", role: "league", school: "Unity" });
  await person("otherCandidate", { userType: "candidate", role: "screening" });
  for (const role of ["volunteer", "moderator", "admin", "manager", "superadmin", "sponsor"]) {
    await person(role, { role });
  }
  await person("otherManager", { role: "manager" });
  await person("otherSuperadmin", { role: "superadmin" });
  await person("unverifiedManager", { role: "manager", isUserVerified: false });
  await person("deleted", { userType: "candidate", deletedAt: new Date() });
});

const get = (as: string, id: string) =>
  call(byIdRoute.GET, {
    path: `/api/v1/account-management/${id}/`,
    params: { id },
    headers: people[as]!.headers,
  });
const patch = (as: string, id: string, json: unknown) =>
  call(byIdRoute.PATCH, {
    method: "PATCH",
    path: `/api/v1/account-management/${id}/`,
    params: { id },
    headers: people[as]!.headers,
    json,
  });
const firstName = async (id: string) =>
  (await database.db.select().from(users).where(eq(users.id, id)))[0]!.firstName;
const rename = { user: { first_name: "Renamed" } };

describe("someone else's account without accounts:manage-others", () => {
  it.each([
    ["candidate", "otherCandidate"],
    ["candidate", "volunteer"],
    ["volunteer", "candidate"],
    ["moderator", "candidate"],
    ["admin", "candidate"],
    ["admin", "volunteer"],
    ["sponsor", "candidate"],
  ])("%s asking for %s gets 404, for GET and PATCH", async (as, target) => {
    const read = await get(as, people[target]!.id);
    expect(read.status).toBe(404);
    expect(read.data.code).toBe("not_found");
    expect((await patch(as, people[target]!.id, rename)).status).toBe(404);
    expect(await firstName(people[target]!.id)).not.toBe("Renamed");
  });

  it("looks the same as an id that does not exist", async () => {
    const unknown = await get("admin", "00000000-0000-4000-8000-000000000000");
    const existing = await get("admin", people.candidate!.id);
    expect(unknown.data).toEqual(existing.data);
  });

  it("refuses an unverified manager with 403 unverified_staff, whether or not the id exists", async () => {
    const existing = await get("unverifiedManager", people.candidate!.id);
    expect(existing.status).toBe(403);
    expect(existing.data.code).toBe("unverified_staff");
    const unknown = await get("unverifiedManager", "00000000-0000-4000-8000-000000000000");
    expect(unknown.data).toEqual(existing.data);
    expect((await patch("unverifiedManager", people.candidate!.id, rename)).status).toBe(403);
    // Their own account stays theirs to manage.
    expect((await get("unverifiedManager", people.unverifiedManager!.id)).status).toBe(200);
  });
});

describe("managers and superadmins", () => {
  it("a manager reads and changes a candidate", async () => {
    const read = await get("manager", people.candidate!.id);
    expect(read.status).toBe(200);
    expect(read.data.profile).toMatchObject({
      user: { id: people.candidate!.id },
      profile_type: "candidate",
      school: "Unity",
    });
    const changed = await patch("manager", people.candidate!.id, {
      user: { last_name: "Okafor" },
      profile: { school: "Kings College" },
    });
    expect(changed.status).toBe(200);
    expect(changed.data.profile).toMatchObject({
      user: { id: people.candidate!.id, last_name: "Okafor" },
      school: "Kings College",
    });
  });

  it("a manager changes staff below manager but not a manager or a superadmin", async () => {
    expect(
      (await patch("manager", people.admin!.id, { profile: { occupation: "Lecturer" } })).status,
    ).toBe(200);
    expect((await patch("manager", people.sponsor!.id, rename)).status).toBe(200);

    for (const target of ["otherManager", "superadmin"]) {
      // Reading is allowed; changing is not.
      expect((await get("manager", people[target]!.id)).status).toBe(200);
      const refused = await patch("manager", people[target]!.id, rename);
      expect(refused.status).toBe(403);
      expect(refused.data.code).toBe("permission_denied");
      expect(await firstName(people[target]!.id)).not.toBe("Renamed");
    }
  });

  it("a superadmin changes a manager but not another superadmin", async () => {
    const changed = await patch("superadmin", people.otherManager!.id, rename);
    expect(changed.status).toBe(200);
    expect(await firstName(people.otherManager!.id)).toBe("Renamed");

    const refused = await patch("superadmin", people.otherSuperadmin!.id, rename);
    expect(refused.status).toBe(403);
    expect(refused.data.code).toBe("permission_denied");
  });

  it("still applies the target's profile type: no school for staff", async () => {
    const refused = await patch("manager", people.volunteer!.id, { profile: { school: "Unity" } });
    expect(refused.status).toBe(400);
    expect(refused.data.errors["profile.school"]).toBeDefined();
  });

  it("answers 404 for an unknown, deleted or malformed id", async () => {
    expect((await get("manager", "00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await get("manager", people.deleted!.id)).status).toBe(404);
    expect((await patch("superadmin", people.deleted!.id, rename)).status).toBe(404);
    const malformed = await get("manager", "not-a-uuid");
    expect(malformed.status).toBe(404);
    expect((await patch("manager", "12345", rename)).status).toBe(404);
  });

  it("needs a signed-in person: an API key alone is 401", async () => {
    const { status, data } = await call(byIdRoute.GET, {
      path: `/api/v1/account-management/${people.candidate!.id}/`,
      params: { id: people.candidate!.id },
      headers: { "x-api-key": apiKey },
    });
    expect(status).toBe(401);
    expect(data.code).toBe("not_authenticated");
  });
});
