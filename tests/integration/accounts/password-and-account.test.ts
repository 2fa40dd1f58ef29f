// Forgotten password (emailed single-use link), changing my password, and deleting my account.
import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import * as accountRoute from "@/app/api/v1/auth/account/route";
import * as changePasswordRoute from "@/app/api/v1/auth/change-password/route";
import * as forgotRoute from "@/app/api/v1/auth/forgot-password/route";
import * as loginRoute from "@/app/api/v1/auth/login/route";
import * as meRoute from "@/app/api/v1/auth/me/route";
import * as resetRoute from "@/app/api/v1/auth/reset-password/route";
import { users } from "@/db/schema";
import { listMailbox } from "@/lib/email";
import type { TestDatabase } from "../support/database";
import { createUser, testPassword, useDatabaseWithKey } from "../support/factories";
import { call } from "../support/http";

let database: TestDatabase;
let apiKey: string;
useDatabaseWithKey((setup) => ({ database, apiKey } = setup));

const headers = () => ({ "x-api-key": apiKey });
const post = (route: { POST: unknown }, json: unknown, extra: Record<string, string> = {}) =>
  call(route.POST as never, { method: "POST", json, headers: { ...headers(), ...extra } });
const login = async (email: string, password = testPassword) =>
  post(loginRoute, { email, password });
const bearer = (access: string) => ({ authorization: `Bearer ${access}` });
const resetToken = async (email: string) => {
  const [latest] = await listMailbox(database.db, { to: email });
  return /token=([\w-]+)/.exec(latest?.text ?? "")?.[1];
};

describe("forgot and reset password", () => {
  it("emails a single-use link; the reset ends every session and the new password works", async () => {
    const user = await createUser(database.db);
    const before = (await login(user.email)).data;
    const forgot = await post(forgotRoute, { email: user.email.toUpperCase() });
    expect(forgot.status).toBe(200);
    const token = await resetToken(user.email);
    expect(token).toBeDefined();

    const reset = await post(resetRoute, {
      token,
      new_password: "Fresh-Meadow-93",
      confirm_password: "Fresh-Meadow-93",
    });
    expect(reset.status).toBe(200);
    expect(
      (await call(meRoute.GET, { headers: { ...headers(), ...bearer(before.access) } })).status,
    ).toBe(401);
    expect((await login(user.email)).status).toBe(401);
    expect((await login(user.email, "Fresh-Meadow-93")).status).toBe(200);

    const again = await post(resetRoute, { token, new_password: "Another-Meadow-94" });
    expect(again.status).toBe(400);
    expect(again.data.code).toBe("invalid_token");
    const [notice] = await listMailbox(database.db, { to: user.email });
    expect(notice!.subject).toBe("Your password was changed");
  });

  it("answers the same for an unknown email and sends nothing", async () => {
    const known = await createUser(database.db);
    const a = await post(forgotRoute, { email: known.email });
    const b = await post(forgotRoute, { email: "no-such-person@example.com" });
    expect(b.status).toBe(a.status);
    expect(b.data).toEqual(a.data);
    expect(await listMailbox(database.db, { to: "no-such-person@example.com" })).toEqual([]);
  });

  it("refuses an expired link, a replaced link, a weak password and mismatched confirmation", async () => {
    const user = await createUser(database.db);
    await post(forgotRoute, { email: user.email });
    const first = await resetToken(user.email);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await post(forgotRoute, { email: user.email });
    const second = await resetToken(user.email);
    expect(second).not.toBe(first);
    expect((await post(resetRoute, { token: first, new_password: "Fresh-Meadow-93" })).status).toBe(
      400,
    );

    const weak = await post(resetRoute, { token: second, new_password: "password" });
    expect(weak.data.code).toBe("password_validation_failed");
    const mismatch = await post(resetRoute, {
      token: second,
      new_password: "Fresh-Meadow-93",
      confirm_password: "Fresh-Meadow-94",
    });
    expect(mismatch.data.errors).toHaveProperty("confirm_password");

    vi.useFakeTimers({ toFake: ["Date"], now: new Date(Date.now() + 61 * 60_000) });
    try {
      const expired = await post(resetRoute, { token: second, new_password: "Fresh-Meadow-93" });
      expect(expired.data.code).toBe("invalid_token");
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("POST /auth/change-password/", () => {
  it("needs the current password, keeps this session and ends the others", async () => {
    const user = await createUser(database.db);
    const here = (await login(user.email)).data;
    const elsewhere = (await login(user.email)).data;
    const wrong = await post(
      changePasswordRoute,
      { current_password: "nope-nope-1", new_password: "Fresh-Meadow-93" },
      bearer(here.access),
    );
    expect(wrong.status).toBe(400);
    expect(wrong.data.errors).toHaveProperty("current_password");
    const same = await post(
      changePasswordRoute,
      { current_password: testPassword, new_password: testPassword },
      bearer(here.access),
    );
    expect(same.data.code).toBe("password_validation_failed");

    const changed = await post(
      changePasswordRoute,
      { current_password: testPassword, new_password: "Fresh-Meadow-93" },
      bearer(here.access),
    );
    expect(changed.status).toBe(200);
    expect(
      (await call(meRoute.GET, { headers: { ...headers(), ...bearer(here.access) } })).status,
    ).toBe(200);
    expect(
      (await call(meRoute.GET, { headers: { ...headers(), ...bearer(elsewhere.access) } })).status,
    ).toBe(401);
    expect((await login(user.email, "Fresh-Meadow-93")).status).toBe(200);
  });
});

describe("DELETE /auth/account/", () => {
  it("anonymises the person, ends their sessions, and keeps the row for exam records", async () => {
    const user = await createUser(database.db, {
      userType: "candidate",
      school: "Lakeside",
      phone: "+2348000000",
    });
    const tokens = (await login(user.email)).data;
    const auth = { ...headers(), ...bearer(tokens.access) };
    const unconfirmed = await call(accountRoute.DELETE as never, {
      method: "DELETE",
      json: { password: testPassword },
      headers: auth,
    });
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.data.errors).toHaveProperty("confirm");
    const wrong = await call(accountRoute.DELETE as never, {
      method: "DELETE",
      json: { password: "bad-password-1", confirm: true },
      headers: auth,
    });
    expect(wrong.status).toBe(400);

    const deleted = await call(accountRoute.DELETE as never, {
      method: "DELETE",
      json: { password: testPassword, confirm: true },
      headers: auth,
    });
    expect(deleted.status).toBe(200);
    const [row] = await database.db.select().from(users).where(eq(users.id, user.id));
    expect(row).toMatchObject({
      firstName: "Deleted",
      lastName: "User",
      phone: null,
      school: null,
      passwordHash: null,
      isActive: false,
    });
    expect(row!.email).not.toContain(user.email);
    expect(row!.deletedAt).toBeInstanceOf(Date);
    expect((await call(meRoute.GET, { headers: auth })).status).toBe(401);
    expect((await login(user.email)).status).toBe(401);
    const [notice] = await listMailbox(database.db, { to: user.email });
    expect(notice!.subject).toBe("Your account was deleted");
  });
});
