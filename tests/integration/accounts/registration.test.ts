// Self-registration (/register/candidate/, /register/staff/) and the registration switches
// (PATCH /registration/), through the real route helper and database.
import { count, eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as candidateRoute from "@/app/api/v1/register/candidate/route";
import * as staffRoute from "@/app/api/v1/register/staff/route";
import * as registrationRoute from "@/app/api/v1/registration/route";
import { emailOtps, users } from "@/db/schema";
import { verifyPassword } from "@/lib/accounts/password/passwords";
import { listMailbox } from "@/lib/email";
import { logger } from "@/lib/logger";
import { setRegistrationSettings } from "@/lib/registration/registration-settings";
import type { TestDatabase } from "../support/database";
import { createUser, signIn, useDatabaseWithKey } from "../support/factories";
import { call } from "../support/http";

let database: TestDatabase;
let key: string;
useDatabaseWithKey((setup) => ({ database, apiKey: key } = setup));
beforeEach(async () => {
  await setRegistrationSettings(
    database.db,
    { is_candidate_reg_open: true, is_staff_reg_open: true },
    null,
  );
});

let counter = 0;
function uniqueEmail(prefix = "reg") {
  counter += 1;
  return `${prefix}${counter}-${Date.now().toString(36)}@example.com`;
}

const strongPassword = "Tangerine-Orbit-42";

function candidateBody(overrides: Record<string, unknown> = {}) {
  return {
    email: uniqueEmail(),
    first_name: "John",
    last_name: "Doe",
    phone: "+2349012345678",
    password: strongPassword,
    password2: strongPassword,
    school: "Mathematics High School",
    ...overrides,
  };
}

function register(
  route: typeof candidateRoute,
  json: unknown,
  headers: Record<string, string> = {},
) {
  return call(route.POST, {
    method: "POST",
    path: "/api/v1/register/candidate/",
    json,
    headers: { "x-api-key": key, ...headers },
  });
}

async function userCount() {
  const [row] = await database.db.select({ n: count() }).from(users);
  return row!.n;
}

async function findUser(email: string) {
  const [row] = await database.db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return row;
}

describe("POST /register/candidate/", () => {
  it("creates a screening candidate, 201, and emails a verification code", async () => {
    const body = candidateBody();
    const response = await register(candidateRoute, body);
    expect(response.status).toBe(201);
    expect(response.data).toEqual({ message: "Registration successful." });

    const user = await findUser(body.email);
    expect(user).toMatchObject({
      email: body.email,
      userType: "candidate",
      role: "screening",
      firstName: "John",
      lastName: "Doe",
      phone: "+2349012345678",
      school: "Mathematics High School",
      occupation: null,
      registrationSource: "self",
      isEmailVerified: false,
      isUserVerified: false,
    });
    expect(await verifyPassword(user!.passwordHash!, strongPassword)).toBe(true);

    const mail = await listMailbox(database.db, { to: body.email });
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe("Verify your email address");
    const code = mail[0]!.text.match(/\b(\d{6})\b/)![1]!;
    expect(mail[0]!.html).toContain(code);

    const otps = await database.db.select().from(emailOtps).where(eq(emailOtps.userId, user!.id));
    expect(otps).toHaveLength(1);
    expect(otps[0]!.purpose).toBe("email_verification");
    expect(otps[0]!.codeHash).not.toContain(code);
    expect(otps[0]!.expiresAt.getTime() - otps[0]!.createdAt.getTime()).toBe(10 * 60_000);
  });

  it("stores the email trimmed and lower-cased", async () => {
    const email = uniqueEmail("Mixed");
    const response = await register(
      candidateRoute,
      candidateBody({ email: `  ${email.toUpperCase()} ` }),
    );
    expect(response.status).toBe(201);
    expect((await findUser(email))!.email).toBe(email.toLowerCase());
  });

  it("rejects an email already registered in another case with errors.email", async () => {
    const email = uniqueEmail();
    expect((await register(candidateRoute, candidateBody({ email }))).status).toBe(201);
    const before = await userCount();
    const response = await register(candidateRoute, candidateBody({ email: email.toUpperCase() }));
    expect(response.status).toBe(400);
    expect(response.data.code).toBe("invalid");
    expect(response.data.errors.email).toEqual(["A user with this email already exists."]);
    expect(await userCount()).toBe(before);
  });

  it("rejects a malformed email, missing names and over-long fields", async () => {
    const response = await register(
      candidateRoute,
      candidateBody({
        email: "not-an-email",
        first_name: "",
        last_name: undefined,
        school: "x".repeat(201),
        phone: "call me",
      }),
    );
    expect(response.status).toBe(400);
    expect(response.data.code).toBe("invalid");
    expect(Object.keys(response.data.errors).sort()).toEqual(
      ["email", "first_name", "last_name", "phone", "school"].sort(),
    );
    const long = await register(
      candidateRoute,
      candidateBody({ first_name: "x".repeat(151), phone: "1".repeat(21) }),
    );
    expect(long.status).toBe(400);
    expect(Object.keys(long.data.errors).sort()).toEqual(["first_name", "phone"]);
  });

  it("accepts an omitted or empty phone and school", async () => {
    const body = candidateBody({ phone: "", school: undefined });
    expect((await register(candidateRoute, body)).status).toBe(201);
    expect(await findUser(body.email)).toMatchObject({ phone: null, school: null });
  });

  it.each([
    ["short", "Ab1!xyz"],
    ["common", "password123"],
    ["numeric", "1234567890123"],
  ])("rejects a %s password with errors.password", async (_kind, password) => {
    const before = await userCount();
    const response = await register(
      candidateRoute,
      candidateBody({ password, password2: password }),
    );
    expect(response.status).toBe(400);
    expect(response.data.code).toBe("password_validation_failed");
    expect(response.data.errors.password.length).toBeGreaterThan(0);
    expect(await userCount()).toBe(before);
  });

  it("rejects a password that contains the email's local part", async () => {
    const email = uniqueEmail("marigold");
    const password = `${email.split("@")[0]}-X9`;
    const response = await register(
      candidateRoute,
      candidateBody({ email, password, password2: password }),
    );
    expect(response.status).toBe(400);
    expect(response.data.errors.password).toContain(
      "The password is too similar to the email address.",
    );
  });

  it("rejects mismatched passwords with errors.password2", async () => {
    const response = await register(
      candidateRoute,
      candidateBody({ password2: `${strongPassword}x` }),
    );
    expect(response.status).toBe(400);
    expect(response.data.code).toBe("passwords_do_not_match");
    expect(response.data.errors).toEqual({ password2: ["Passwords do not match."] });
  });

  it("requires the passwords unless generate_password is true", async () => {
    const response = await register(
      candidateRoute,
      candidateBody({ password: undefined, password2: undefined }),
    );
    expect(response.status).toBe(400);
    expect(Object.keys(response.data.errors).sort()).toEqual(["password", "password2"]);
  });

  it("reports every problem at once", async () => {
    const email = uniqueEmail();
    await register(candidateRoute, candidateBody({ email }));
    const response = await register(
      candidateRoute,
      candidateBody({ email, password: "12345678", password2: "nope" }),
    );
    expect(response.status).toBe(400);
    expect(response.data.code).toBe("invalid");
    expect(Object.keys(response.data.errors).sort()).toEqual(["email", "password", "password2"]);
  });

  it("with generate_password emails a strong password that works", async () => {
    const body = candidateBody({
      password: undefined,
      password2: undefined,
      generate_password: true,
    });
    const response = await register(candidateRoute, body);
    expect(response.status).toBe(201);
    const mail = await listMailbox(database.db, { to: body.email });
    expect(mail.map((entry) => entry.subject).sort()).toEqual([
      "Verify your email address",
      "Your account password",
    ]);
    const passwordMail = mail.find((entry) => entry.subject === "Your account password")!;
    const password = passwordMail.text.split("\n").find((line) => /^\S{16}$/.test(line))!;
    expect(password).toBeDefined();
    expect(passwordMail.html).toContain(password.replace(/&/g, "&#38;"));
    const user = await findUser(body.email);
    expect(await verifyPassword(user!.passwordHash!, password)).toBe(true);
  });

  it("with generate_password ignores weak password fields", async () => {
    const body = candidateBody({ password: "123", password2: "456", generate_password: true });
    expect((await register(candidateRoute, body)).status).toBe(201);
    const user = await findUser(body.email);
    expect(await verifyPassword(user!.passwordHash!, "123")).toBe(false);
  });

  it("is closed (403 registration_closed) when the flag is off, writing nothing", async () => {
    await setRegistrationSettings(database.db, { is_candidate_reg_open: false }, null);
    const before = await userCount();
    const body = candidateBody();
    const response = await register(candidateRoute, body);
    expect(response.status).toBe(403);
    expect(response.data.code).toBe("registration_closed");
    expect(await userCount()).toBe(before);
    expect(await listMailbox(database.db, { to: body.email })).toHaveLength(0);
    // Staff registration has its own switch.
    const staff = await register(staffRoute, {
      ...candidateBody(),
      school: undefined,
      occupation: "Teacher",
    });
    expect(staff.status).toBe(201);
  });

  it("refuses a signed-in caller with 403 account_already_authenticated", async () => {
    const existing = await createUser(database.db, { userType: "candidate" });
    const { access } = await signIn(database.db, existing.id);
    const before = await userCount();
    const response = await register(candidateRoute, candidateBody(), {
      authorization: `Bearer ${access}`,
    });
    expect(response.status).toBe(403);
    expect(response.data.code).toBe("account_already_authenticated");
    expect(await userCount()).toBe(before);
  });

  it("needs an API key", async () => {
    const response = await call(candidateRoute.POST, { method: "POST", json: candidateBody() });
    expect(response.status).toBe(401);
  });

  it("writes nothing when a later step of the transaction fails", async () => {
    const body = candidateBody();
    const before = await userCount();
    // Make the OTP insert fail inside the registration transaction.
    await database.db.execute(
      sql`alter table email_otps add constraint test_block_otps check (purpose <> 'email_verification') not valid`,
    );
    const quiet = vi.spyOn(logger, "error").mockImplementation(() => {});
    try {
      const response = await register(candidateRoute, body);
      expect(response.status).toBe(500);
    } finally {
      quiet.mockRestore();
      await database.db.execute(sql`alter table email_otps drop constraint test_block_otps`);
    }
    expect(await userCount()).toBe(before);
    expect(await findUser(body.email)).toBeUndefined();
    expect(await listMailbox(database.db, { to: body.email })).toHaveLength(0);
  });
});

describe("POST /register/staff/", () => {
  it("creates a volunteer with an occupation", async () => {
    const body = { ...candidateBody(), school: undefined, occupation: "Mathematics Teacher" };
    const response = await register(staffRoute, body);
    expect(response.status).toBe(201);
    expect(response.data).toEqual({ message: "Registration successful." });
    expect(await findUser(body.email)).toMatchObject({
      userType: "staff",
      role: "volunteer",
      occupation: "Mathematics Teacher",
      school: null,
      registrationSource: "self",
      isUserVerified: false,
    });
    const mail = await listMailbox(database.db, { to: body.email });
    expect(mail.map((entry) => entry.subject)).toEqual(["Verify your email address"]);
  });

  it("is closed when the staff flag is off", async () => {
    await setRegistrationSettings(database.db, { is_staff_reg_open: false }, null);
    const response = await register(staffRoute, { ...candidateBody(), occupation: "Teacher" });
    expect(response.status).toBe(403);
    expect(response.data).toMatchObject({ code: "registration_closed" });
  });

  it("rejects an email already used by a candidate", async () => {
    const body = candidateBody();
    expect((await register(candidateRoute, body)).status).toBe(201);
    const response = await register(staffRoute, {
      ...body,
      school: undefined,
      occupation: "Teacher",
    });
    expect(response.status).toBe(400);
    expect(response.data.errors.email).toEqual(["A user with this email already exists."]);
  });
});

describe("PATCH /registration/", () => {
  function patch(json: unknown, access?: string) {
    return call(registrationRoute.PATCH, {
      method: "PATCH",
      path: "/api/v1/registration/",
      json,
      headers: { "x-api-key": key, ...(access ? { authorization: `Bearer ${access}` } : {}) },
    });
  }

  it("lets a superadmin change the switches and returns the new settings", async () => {
    const superadmin = await createUser(database.db, { role: "superadmin" });
    const { access } = await signIn(database.db, superadmin.id);
    const response = await patch({ is_candidate_reg_open: false }, access);
    expect(response.status).toBe(200);
    expect(response.data).toMatchObject({ is_candidate_reg_open: false, is_staff_reg_open: true });
    const read = await call(registrationRoute.GET, { path: "/api/v1/registration/" });
    expect(read.data).toEqual(response.data);
    expect((await register(candidateRoute, candidateBody())).status).toBe(403);

    const email = await patch(
      { support_email: "help@example.org", is_candidate_reg_open: true },
      access,
    );
    expect(email.data).toMatchObject({
      support_email: "help@example.org",
      is_candidate_reg_open: true,
    });
  });

  it("rejects unknown keys and wrong types", async () => {
    const superadmin = await createUser(database.db, { role: "superadmin" });
    const { access } = await signIn(database.db, superadmin.id);
    for (const body of [
      { is_open: true },
      { is_staff_reg_open: "yes" },
      { support_email: "nope" },
    ]) {
      const response = await patch(body, access);
      expect(response.status).toBe(400);
      expect(response.data.code).toBe("invalid");
    }
  });

  it("is refused to a manager (403) and to an unverified superadmin (unverified_staff)", async () => {
    const manager = await createUser(database.db, { role: "manager" });
    const managerResponse = await patch(
      { is_staff_reg_open: false },
      (await signIn(database.db, manager.id)).access,
    );
    expect(managerResponse.status).toBe(403);
    expect(managerResponse.data.code).toBe("permission_denied");

    const unverified = await createUser(database.db, { role: "superadmin", isUserVerified: false });
    const unverifiedResponse = await patch(
      { is_staff_reg_open: false },
      (await signIn(database.db, unverified.id)).access,
    );
    expect(unverifiedResponse.status).toBe(403);
    expect(unverifiedResponse.data.code).toBe("unverified_staff");

    const candidate = await createUser(database.db, { userType: "candidate" });
    const candidateResponse = await patch(
      { is_staff_reg_open: false },
      (await signIn(database.db, candidate.id)).access,
    );
    expect(candidateResponse.status).toBe(403);

    expect((await patch({ is_staff_reg_open: false })).status).toBe(401);
    const read = await call(registrationRoute.GET, { path: "/api/v1/registration/" });
    expect(read.data.is_staff_reg_open).toBe(true);
  });
});
