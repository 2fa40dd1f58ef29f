// Sessions, login history and the security overview, each only for the signed-in person.
import { describe, expect, it } from "vitest";
import * as loginRoute from "@/app/api/v1/auth/login/route";
import * as loginHistoryRoute from "@/app/api/v1/auth/login-history/route";
import * as meRoute from "@/app/api/v1/auth/me/route";
import * as overviewRoute from "@/app/api/v1/auth/security-overview/route";
import * as sessionRoute from "@/app/api/v1/auth/sessions/[id]/route";
import * as sessionsRoute from "@/app/api/v1/auth/sessions/route";
import type { TestDatabase } from "../support/database";
import { createUser, testPassword, useDatabaseWithKey } from "../support/factories";
import { call } from "../support/http";

let database: TestDatabase;
let apiKey: string;
useDatabaseWithKey((setup) => ({ database, apiKey } = setup));

const login = async (email: string, userAgent: string, password = testPassword) =>
  (
    await call(loginRoute.POST, {
      method: "POST",
      json: { email, password },
      headers: { "x-api-key": apiKey, "user-agent": userAgent },
    })
  ).data;
const as = (access: string) => ({ "x-api-key": apiKey, authorization: `Bearer ${access}` });

describe("sessions", () => {
  it("lists my live sessions, marks the current one, and ends another on request", async () => {
    const user = await createUser(database.db);
    const laptop = await login(user.email, "Laptop");
    const phone = await login(user.email, "Phone");
    const listed = await call(sessionsRoute.GET, { headers: as(laptop.access) });
    expect(listed.status).toBe(200);
    expect(listed.data.results).toHaveLength(2);
    const current = listed.data.results.find(
      (session: { is_current: boolean }) => session.is_current,
    );
    expect(current.user_agent).toBe("Laptop");
    const other = listed.data.results.find(
      (session: { is_current: boolean }) => !session.is_current,
    );

    const ended = await call(sessionRoute.DELETE, {
      method: "DELETE",
      params: { id: other.id },
      headers: as(laptop.access),
    });
    expect(ended.status).toBe(204);
    // The phone is signed out on its very next request.
    expect((await call(meRoute.GET, { headers: as(phone.access) })).status).toBe(401);
    expect((await call(meRoute.GET, { headers: as(laptop.access) })).status).toBe(200);
  });

  it("ends every other session but keeps the one in use", async () => {
    const user = await createUser(database.db);
    const keep = await login(user.email, "Keep");
    const first = await login(user.email, "A");
    const second = await login(user.email, "B");
    const response = await call(sessionsRoute.DELETE, {
      method: "DELETE",
      headers: as(keep.access),
    });
    expect(response.data).toEqual({ revoked: 2 });
    for (const gone of [first, second])
      expect((await call(meRoute.GET, { headers: as(gone.access) })).status).toBe(401);
    expect((await call(meRoute.GET, { headers: as(keep.access) })).status).toBe(200);
  });

  it("answers 404 for another person's session and for a malformed id", async () => {
    const owner = await createUser(database.db);
    const intruder = await createUser(database.db);
    const ownerTokens = await login(owner.email, "Owner");
    const intruderTokens = await login(intruder.email, "Intruder");
    const ownerSessions = await call(sessionsRoute.GET, { headers: as(ownerTokens.access) });
    const target = ownerSessions.data.results[0].id;
    const attempt = await call(sessionRoute.DELETE, {
      method: "DELETE",
      params: { id: target },
      headers: as(intruderTokens.access),
    });
    expect(attempt.status).toBe(404);
    expect((await call(meRoute.GET, { headers: as(ownerTokens.access) })).status).toBe(200);
    const malformed = await call(sessionRoute.DELETE, {
      method: "DELETE",
      params: { id: "nope" },
      headers: as(intruderTokens.access),
    });
    expect(malformed.status).toBe(404);
  });

  it("needs a signed-in person", async () => {
    expect((await call(sessionsRoute.GET, { headers: { "x-api-key": apiKey } })).status).toBe(401);
    expect((await call(overviewRoute.GET, { headers: { "x-api-key": apiKey } })).status).toBe(401);
  });
});

describe("login history and overview", () => {
  it("lists my attempts newest first, successes and failures, limited by ?limit=", async () => {
    const user = await createUser(database.db);
    await call(loginRoute.POST, {
      method: "POST",
      json: { email: user.email, password: "Wrong-Password-1" },
      headers: { "x-api-key": apiKey, "user-agent": "Typo" },
    });
    const tokens = await login(user.email, "Browser");
    const history = await call(loginHistoryRoute.GET, {
      path: "/api/v1/auth/login-history/?limit=5",
      headers: as(tokens.access),
    });
    expect(history.status).toBe(200);
    expect(
      history.data.results.map((entry: { success: boolean; user_agent: string }) => [
        entry.success,
        entry.user_agent,
      ]),
    ).toEqual([
      [true, "Browser"],
      [false, "Typo"],
    ]);
    const limited = await call(loginHistoryRoute.GET, {
      path: "/api/v1/auth/login-history/?limit=1",
      headers: as(tokens.access),
    });
    expect(limited.data.results).toHaveLength(1);
    const bad = await call(loginHistoryRoute.GET, {
      path: "/api/v1/auth/login-history/?limit=1000",
      headers: as(tokens.access),
    });
    expect(bad.status).toBe(400);

    const overview = await call(overviewRoute.GET, { headers: as(tokens.access) });
    expect(overview.data).toMatchObject({
      primary_method: "password",
      has_password: true,
      email_verified: true,
      active_sessions: 1,
      failed_logins_last_24h: 1,
      linked_providers: [],
    });
    expect(overview.data.last_login_at).toMatch(/Z$/);
  });

  it("never shows another person's history", async () => {
    const someone = await createUser(database.db);
    const other = await createUser(database.db);
    await login(someone.email, "Someone");
    const tokens = await login(other.email, "Other");
    const history = await call(loginHistoryRoute.GET, { headers: as(tokens.access) });
    expect(
      history.data.results.every((entry: { user_agent: string }) => entry.user_agent === "Other"),
    ).toBe(true);
  });
});
