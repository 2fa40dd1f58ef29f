// POST /staff/invite/: who may invite whom, the account it creates, the invitation email, and
// that the invited person can sign in (and is never swept as an unverified self-registration).
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as loginRoute from "@/app/api/v1/auth/login/route";
import * as inviteRoute from "@/app/api/v1/staff/invite/route";
import { users } from "@/db/schema";
import { deleteUnverifiedStaff } from "@/lib/accounts/delete-unverified-staff";
import { systemActor } from "@/lib/context";
import { listMailbox } from "@/lib/email";
import { appUrl } from "@/lib/env";
import type { TestDatabase } from "../support/database";
import { authHeaders, createUser, useDatabaseWithKey } from "../support/factories";
import { call } from "../support/http";

let database: TestDatabase;
let apiKey: string;
type Headers = Record<string, string>;
const as: Record<string, Headers> = {};
let managerId: string;

useDatabaseWithKey((setup) => ({ database, apiKey } = setup));
beforeAll(async () => {
  const people: Record<string, Parameters<typeof createUser>[1]> = {
    admin: { role: "admin" },
    manager: { role: "manager", firstName: "Grace", lastName: "Hopper" },
    superadmin: { role: "superadmin" },
    unverifiedManager: { role: "manager", isUserVerified: false },
    candidate: { userType: "candidate", role: "winner" },
  };
  for (const [name, overrides] of Object.entries(people)) {
    const user = await createUser(database.db, overrides);
    if (name === "manager") managerId = user.id;
    as[name] = await authHeaders(database.db, user.id, apiKey);
  }
});

let counter = 0;
const newEmail = () => `invitee${++counter}@example.org`;

const invite = (json: Record<string, unknown>, headers: Headers) =>
  call(inviteRoute.POST, { method: "POST", path: "/api/v1/staff/invite/", headers, json });

const body = (overrides: Record<string, unknown> = {}) => ({
  email: newEmail(),
  first_name: "New",
  last_name: "Staff",
  phone: "+2349012345678",
  role: "moderator",
  occupation: "Content Reviewer",
  ...overrides,
});

const userByEmail = async (email: string) =>
  (await database.db.select().from(users).where(eq(users.email, email)))[0];

const login = (email: string, password: string) =>
  call(loginRoute.POST, {
    method: "POST",
    path: "/api/v1/auth/login/",
    headers: { "x-api-key": apiKey },
    json: { email, password },
  });

describe("POST /staff/invite/ access", () => {
  it("is for verified managers and superadmins", async () => {
    const manager = await invite(body(), as.manager!);
    expect(manager.status).toBe(201);
    expect(manager.data).toEqual({ message: "Staff profile created, invite sent." });
    expect((await invite(body({ role: "manager" }), as.superadmin!)).status).toBe(201);

    const denied = [
      [as.admin!, "permission_denied"],
      [as.unverifiedManager!, "unverified_staff"],
      [as.candidate!, "permission_denied"],
    ] as const;
    for (const [headers, code] of denied) {
      const email = newEmail();
      const response = await invite(body({ email }), headers);
      expect(response.status).toBe(403);
      expect(response.data.code).toBe(code);
      expect(await userByEmail(email)).toBeUndefined();
    }
    expect((await invite(body(), { "x-api-key": apiKey })).status).toBe(401);
  });

  it("refuses a manager inviting a manager and anyone inviting a superadmin", async () => {
    for (const [role, headers] of [
      ["manager", as.manager!],
      ["superadmin", as.manager!],
      ["superadmin", as.superadmin!],
    ] as const) {
      const email = newEmail();
      const response = await invite(body({ email, role }), headers);
      expect(response.status).toBe(403);
      expect(response.data.code).toBe("permission_denied");
      expect(await userByEmail(email)).toBeUndefined();
    }
  });
});

describe("POST /staff/invite/ with a generated password", () => {
  it("creates an invited, email-verified, not user-verified staff member and emails the password", async () => {
    const email = newEmail();
    const response = await invite(
      body({ email: email.toUpperCase(), role: "admin", occupation: "Teacher" }),
      as.manager!,
    );
    expect(response.status).toBe(201);
    const user = (await userByEmail(email))!;
    expect(user).toMatchObject({
      email,
      firstName: "New",
      lastName: "Staff",
      phone: "+2349012345678",
      userType: "staff",
      role: "admin",
      occupation: "Teacher",
      registrationSource: "invite",
      invitedById: managerId,
      isEmailVerified: true,
      isUserVerified: false,
      isActive: true,
    });
    expect(user.emailVerifiedAt).toBeInstanceOf(Date);

    const mail = await listMailbox(database.db, { to: email });
    expect(mail).toHaveLength(1);
    const message = mail[0]!;
    expect(message.subject).toMatch(/invited/i);
    expect(message.text).toContain("Grace Hopper has invited you");
    expect(message.text).toContain("as admin");
    expect(message.text).toContain(`${appUrl}/sign-in`);
    expect(message.html).toContain(`href="${appUrl}/sign-in"`);
    const password = message.text.split("\n\n")[4]!;
    expect(password).toMatch(/^\S{16}$/);

    const signedIn = await login(email, password);
    expect(signedIn.status).toBe(200);
    expect(signedIn.data.access).toEqual(expect.any(String));
    expect((await login(email, "wrong-password-123")).status).toBe(401);
  });
});

describe("POST /staff/invite/ with a password the inviter sets", () => {
  it("never emails the password; the person signs in with it", async () => {
    const email = newEmail();
    const password = "Sturdy-Lantern-93";
    const response = await invite(body({ email, password, password2: password }), as.manager!);
    expect(response.status).toBe(201);
    const [message] = await listMailbox(database.db, { to: email });
    expect(message!.text).not.toContain(password);
    expect(message!.html).not.toContain(password);
    expect(message!.text).toContain(`${appUrl}/forgot-password`);
    expect(message!.text).toContain(`${appUrl}/sign-in`);
    expect((await login(email, password)).status).toBe(200);
  });

  it("rejects weak passwords and mismatches with registration's codes", async () => {
    const weak = await invite(body({ password: "12345678", password2: "12345678" }), as.manager!);
    expect(weak.status).toBe(400);
    expect(weak.data.code).toBe("password_validation_failed");
    expect(weak.data.errors.password).toContain("This password is entirely numeric.");

    const short = await invite(body({ password: "Ab1!", password2: "Ab1!" }), as.manager!);
    expect(short.data.errors.password[0]).toMatch(/too short/);

    const mismatch = await invite(
      body({ password: "Sturdy-Lantern-93", password2: "Sturdy-Lantern-94" }),
      as.manager!,
    );
    expect(mismatch.status).toBe(400);
    expect(mismatch.data.code).toBe("passwords_do_not_match");

    const missing = await invite(body({ password: "Sturdy-Lantern-93" }), as.manager!);
    expect(missing.status).toBe(400);
    expect(missing.data.errors.password2).toEqual(["This field is required."]);
  });
});

describe("POST /staff/invite/ validation", () => {
  it("rejects an email already registered, whatever its case, with registration's message", async () => {
    await createUser(database.db, { email: "taken.person@example.org", firstName: "Taken" });
    const response = await invite(body({ email: "Taken.Person@EXAMPLE.org" }), as.manager!);
    expect(response.status).toBe(400);
    expect(response.data.errors.email).toEqual(["A user with this email already exists."]);
    const same = await database.db
      .select({ firstName: users.firstName, role: users.role })
      .from(users)
      .where(sql`lower(${users.email}) = 'taken.person@example.org'`);
    expect(same).toEqual([{ firstName: "Taken", role: "volunteer" }]);
  });

  it("rejects missing names, bad emails and unknown roles with field errors", async () => {
    const response = await invite(
      { email: "not-an-email", first_name: "", role: "boss" },
      as.manager!,
    );
    expect(response.status).toBe(400);
    expect(Object.keys(response.data.errors).sort()).toEqual([
      "email",
      "first_name",
      "last_name",
      "role",
    ]);
  });
});

describe("the unverified-staff sweep", () => {
  it("never deletes invited accounts, even with an unverified email", async () => {
    const email = newEmail();
    expect((await invite(body({ email }), as.manager!)).status).toBe(201);
    const invited = (await userByEmail(email))!;
    await database.db.update(users).set({ isEmailVerified: false }).where(eq(users.id, invited.id));
    const selfRegistered = await createUser(database.db, {
      isEmailVerified: false,
      registrationSource: "self",
    });
    const later = new Date(Date.now() + 60 * 60_000);
    const { deleted } = await deleteUnverifiedStaff({
      ctx: { db: database.db, actor: systemActor, clock: { now: () => later } },
    });
    expect(deleted).toContain(selfRegistered.id);
    expect(deleted).not.toContain(invited.id);
    expect(await userByEmail(email)).toBeDefined();
  });
});
