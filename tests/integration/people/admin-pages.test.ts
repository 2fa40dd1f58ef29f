// The admin pages' domain entry points (lib/people/get-person-admin-view.ts,
// assign-person-role.ts, invite-staff-from-form.ts): who may open a person's page, which role
// change it offers, private documents, and the form versions of role change and invitation.
// Also GET /staff/{id}/ with documents as signed links.
import fs from "node:fs";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as staffDetailRoute from "@/app/api/v1/staff/[id]/route";
import { users, userVerifications } from "@/db/schema";
import { systemActor, systemClock, type Context } from "@/lib/context";
import { listMailbox } from "@/lib/email";
import { Forbidden, Invalid, NotFound } from "@/lib/errors";
import { assignPersonRole } from "@/lib/people/assign-person-role";
import { getPersonAdminView } from "@/lib/people/get-person-admin-view";
import { inviteStaffFromForm } from "@/lib/people/invite-staff-from-form";
import { getLocalFileStore, saveFile } from "@/lib/storage";
import { useTestDatabase, type TestDatabase } from "../support/database";
import { authHeaders, createKey, createUser } from "../support/factories";
import { call } from "../support/http";

// A data folder of this test's own for the stored documents.
const dataDir = await vi.hoisted(async () =>
  (await import("../support/data-dir")).makeDataDir("people-admin-test"),
);

let database: TestDatabase;
type Person = typeof users.$inferSelect;
const people: Record<string, Person> = {};

const ctxOf = (person: Person): Context => ({
  db: database.db,
  clock: systemClock,
  actor: {
    ...systemActor,
    ip: "web",
    user: {
      id: person.id,
      userType: person.userType,
      role: person.role,
      isUserVerified: person.isUserVerified,
      sessionId: null,
    },
  },
});

beforeAll(async () => {
  database = await useTestDatabase();
  const specs: Record<string, Parameters<typeof createUser>[1]> = {
    volunteer: { role: "volunteer", firstName: "Vera" },
    moderator: { role: "moderator" },
    admin: { role: "admin" },
    manager: { role: "manager" },
    otherManager: { role: "manager" },
    superadmin: { role: "superadmin" },
    candidate: { userType: "candidate", role: "screening", school: "Unity" },
    unverifiedCandidate: { userType: "candidate", role: "screening", isUserVerified: false },
  };
  for (const [name, overrides] of Object.entries(specs)) {
    people[name] = await createUser(database.db, overrides);
  }
  // The volunteer has submitted an ID card.
  const file = await saveFile({
    ctx: ctxOf(people.volunteer!),
    store: getLocalFileStore(),
    input: {
      bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34]),
      fileName: "id.pdf",
      contentType: "application/pdf",
      purpose: "id_card",
      ownerId: people.volunteer!.id,
    },
  });
  await database.db.insert(userVerifications).values({
    userId: people.volunteer!.id,
    idCardFileId: file.id,
    submittedAt: new Date(),
  });
});
afterAll(async () => {
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const rejects = async (promise: Promise<unknown>, type: new (...args: never[]) => Error) => {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(type);
  return error as Error & { code?: string; errors?: Record<string, string[]> };
};

describe("getPersonAdminView", () => {
  it("shows a manager a staff member with document links and the roles below manager", async () => {
    const view = await getPersonAdminView({
      ctx: ctxOf(people.manager!),
      input: { userId: people.volunteer!.id },
    });
    expect(view.profile.user.first_name).toBe("Vera");
    expect(view.showsDocuments).toBe(true);
    expect(view.profile.id_card).toMatch(/\/api\/files\//);
    expect(view.profile.face_id).toBeNull();
    expect(view.roleChange).toEqual({
      options: ["volunteer", "moderator", "admin", "sponsor"],
      reason: null,
    });
  });

  it("offers a manager nothing for another manager, and nothing on their own page", async () => {
    const other = await getPersonAdminView({
      ctx: ctxOf(people.manager!),
      input: { userId: people.otherManager!.id },
    });
    expect(other.roleChange.options).toEqual([]);
    expect(other.roleChange.reason).toMatch(/at or above/);
    const own = await getPersonAdminView({
      ctx: ctxOf(people.manager!),
      input: { userId: people.manager!.id },
    });
    expect(own.roleChange.reason).toBe("You cannot change your own role.");
  });

  it("offers a superadmin manager for an admin", async () => {
    const view = await getPersonAdminView({
      ctx: ctxOf(people.superadmin!),
      input: { userId: people.admin!.id },
    });
    expect(view.roleChange.options).toContain("manager");
    expect(view.roleChange.options).not.toContain("superadmin");
  });

  it("shows moderators candidates without documents or a role change; admins get candidate roles", async () => {
    const moderator = await getPersonAdminView({
      ctx: ctxOf(people.moderator!),
      input: { userId: people.candidate!.id },
    });
    expect(moderator.profile.school).toBe("Unity");
    expect(moderator.showsDocuments).toBe(false);
    expect(moderator.roleChange.options).toEqual([]);
    const admin = await getPersonAdminView({
      ctx: ctxOf(people.admin!),
      input: { userId: people.candidate!.id },
    });
    expect(admin.roleChange.options).toEqual(["screening", "league", "final", "winner"]);
    const unverified = await getPersonAdminView({
      ctx: ctxOf(people.admin!),
      input: { userId: people.unverifiedCandidate!.id },
    });
    expect(unverified.roleChange.reason).toMatch(/must be verified/);
  });

  it("refuses admins a staff member's page", async () => {
    await rejects(
      getPersonAdminView({ ctx: ctxOf(people.admin!), input: { userId: people.volunteer!.id } }),
      Forbidden,
    );
  });

  it("refuses volunteers and candidates, and answers 404 for unknown ids", async () => {
    for (const viewer of [people.volunteer!, people.candidate!]) {
      await rejects(
        getPersonAdminView({ ctx: ctxOf(viewer), input: { userId: people.candidate!.id } }),
        Forbidden,
      );
    }
    await rejects(
      getPersonAdminView({ ctx: ctxOf(people.manager!), input: { userId: randomUUID() } }),
      NotFound,
    );
  });
});

describe("assignPersonRole", () => {
  const roleOf = async (id: string) =>
    (await database.db.select({ role: users.role }).from(users).where(eq(users.id, id)))[0]!.role;

  it("applies the staff rules", async () => {
    const target = await createUser(database.db, { role: "volunteer" });
    expect(
      await assignPersonRole({
        ctx: ctxOf(people.manager!),
        input: { userId: target.id, role: "moderator" },
      }),
    ).toEqual({ role: "moderator", userType: "staff" });
    expect(await roleOf(target.id)).toBe("moderator");
    const refused = await rejects(
      assignPersonRole({
        ctx: ctxOf(people.manager!),
        input: { userId: target.id, role: "manager" },
      }),
      Forbidden,
    );
    expect(refused.code).toBe("permission_denied");
    await rejects(
      assignPersonRole({ ctx: ctxOf(people.admin!), input: { userId: target.id, role: "admin" } }),
      Forbidden,
    );
    await rejects(
      assignPersonRole({
        ctx: ctxOf(people.manager!),
        input: { userId: target.id, role: "league" },
      }),
      Invalid,
    );
    expect(await roleOf(target.id)).toBe("moderator");
  });

  it("applies the candidate rules", async () => {
    expect(
      await assignPersonRole({
        ctx: ctxOf(people.admin!),
        input: { userId: people.candidate!.id, role: "league" },
      }),
    ).toEqual({ role: "league", userType: "candidate" });
    await rejects(
      assignPersonRole({
        ctx: ctxOf(people.moderator!),
        input: { userId: people.candidate!.id, role: "final" },
      }),
      Forbidden,
    );
    const unverified = await rejects(
      assignPersonRole({
        ctx: ctxOf(people.admin!),
        input: { userId: people.unverifiedCandidate!.id, role: "final" },
      }),
      Forbidden,
    );
    expect(unverified.code).toBe("unverified_candidate");
    expect(await roleOf(people.candidate!.id)).toBe("league");
  });
});

describe("inviteStaffFromForm", () => {
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) data.set(key, value);
    return data;
  };
  const base = { first_name: "Ife", last_name: "Ola", role: "moderator" };

  it("generates and emails a password by default, ignoring password fields", async () => {
    const email = "form.invitee@example.org";
    const result = await inviteStaffFromForm({
      ctx: ctxOf(people.manager!),
      input: { form: form({ ...base, email, password: "x", password2: "y" }) },
    });
    expect(result.message).toBe("Staff profile created, invite sent.");
    const [message] = await listMailbox(database.db, { to: email });
    expect(message!.text).toContain("Sign in with your email address");
    expect(message!.text).not.toContain("Forgot password");
  });

  it("treats empty password fields as missing when the inviter chose to set one", async () => {
    const error = await rejects(
      inviteStaffFromForm({
        ctx: ctxOf(people.manager!),
        input: {
          form: form({ ...base, email: "form.two@example.org", password_mode: "set" }),
        },
      }),
      Invalid,
    );
    expect(error.errors).toMatchObject({
      password: ["This field is required."],
      password2: ["This field is required."],
    });
  });

  it("refuses roles the inviter may not give and viewers without staff:invite", async () => {
    await rejects(
      inviteStaffFromForm({
        ctx: ctxOf(people.manager!),
        input: { form: form({ ...base, email: "form.three@example.org", role: "manager" }) },
      }),
      Forbidden,
    );
    await rejects(
      inviteStaffFromForm({
        ctx: ctxOf(people.admin!),
        input: { form: form({ ...base, email: "form.four@example.org" }) },
      }),
      Forbidden,
    );
  });
});

describe("GET /staff/{id}/ documents", () => {
  it("returns the submitted document as a signed link and the others as null", async () => {
    const key = (await createKey(database.db)).key;
    const response = await call(staffDetailRoute.GET, {
      path: `/api/v1/staff/${people.volunteer!.id}/`,
      params: { id: people.volunteer!.id },
      headers: await authHeaders(database.db, people.manager!.id, key),
    });
    expect(response.status).toBe(200);
    expect(response.data.id_card).toMatch(/\/api\/files\/[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(response.data.face_id).toBeNull();
    expect(response.data.verification_document).toBeNull();
  });
});
