// Sign-in, token rotation with reuse detection, sign-out, and the "me" endpoints.
import { eq } from "drizzle-orm";
import { decodeJwt } from "jose";
import { describe, expect, it, vi } from "vitest";
import * as loginRoute from "@/app/api/v1/auth/login/route";
import * as logoutRoute from "@/app/api/v1/auth/logout/route";
import * as meRoute from "@/app/api/v1/auth/me/route";
import * as refreshRoute from "@/app/api/v1/auth/token/refresh/route";
import * as candidateMeRoute from "@/app/api/v1/candidates/me/route";
import * as staffMeRoute from "@/app/api/v1/staff/me/route";
import { loginEvents, sessions, users } from "@/db/schema";
import type { TestDatabase } from "../support/database";
import { createUser, testPassword, useDatabaseWithKey } from "../support/factories";
import { call } from "../support/http";

let database: TestDatabase;
let apiKey: string;
useDatabaseWithKey((setup) => ({ database, apiKey } = setup));

const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  call(loginRoute.POST, {
    method: "POST",
    json: { email, password },
    headers: { "x-api-key": apiKey, "user-agent": "vitest", ...headers },
  });
const post = (route: typeof refreshRoute | typeof logoutRoute, refresh: string) =>
  call(route.POST, { method: "POST", json: { refresh }, headers: { "x-api-key": apiKey } });
const bearer = (access: string) => ({ "x-api-key": apiKey, authorization: `Bearer ${access}` });

describe("POST /auth/login/", () => {
  it("returns refresh, access and the candidate profile; the email's case does not matter", async () => {
    const user = await createUser(database.db, {
      userType: "candidate",
      role: "league",
      school: "Hill School",
      email: "Ada.Candidate@Example.com",
    });
    const response = await login("ada.candidate@EXAMPLE.com", testPassword);
    expect(response.status).toBe(200);
    expect(response.data.profile).toEqual({
      user: {
        id: user.id,
        email: "Ada.Candidate@Example.com",
        first_name: "Test",
        last_name: user.lastName,
        phone: null,
        date_joined: user.dateJoined.toISOString(),
      },
      school: "Hill School",
      role: "league",
    });
    const access = decodeJwt(response.data.access);
    expect(access).toMatchObject({ sub: user.id, typ: "access" });
    expect(access.exp! - access.iat!).toBe(15 * 60);
    const refresh = decodeJwt(response.data.refresh);
    expect(refresh.exp! - refresh.iat!).toBe(7 * 86_400);
    const [session] = await database.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(session).toMatchObject({
      kind: "api",
      userAgent: "vitest",
      currentRefreshId: refresh.jti,
    });
  });

  it("returns the staff profile shape for staff", async () => {
    const user = await createUser(database.db, { role: "moderator", occupation: "Teacher" });
    const response = await login(user.email, testPassword);
    expect(response.data.profile).toMatchObject({ occupation: "Teacher", role: "moderator" });
    expect(response.data.profile).not.toHaveProperty("school");
  });

  it("gives the same 401 for a wrong password, an unknown email and an inactive account, and records each", async () => {
    const user = await createUser(database.db);
    const inactive = await createUser(database.db, { isActive: false });
    const answers = [
      await login(user.email, "wrong-password-1"),
      await login("nobody-here@example.com", testPassword),
      await login(inactive.email, testPassword),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(401);
      expect(answer.data).toEqual({
        detail: "No active account found with the given credentials.",
        code: "authentication_failed",
      });
    }
    const events = await database.db
      .select()
      .from(loginEvents)
      .where(eq(loginEvents.success, false));
    expect(events.map((event) => event.reason)).toEqual(
      expect.arrayContaining(["wrong_password", "unknown_email", "inactive"]),
    );
  });

  it("refuses malformed input with field errors", async () => {
    const response = await login("not-an-email", "");
    expect(response.status).toBe(400);
    expect(Object.keys(response.data.errors).sort()).toEqual(["email", "password"]);
  });
});

describe("refresh tokens", () => {
  it("rotate on every refresh, and a reused one revokes the whole session", async () => {
    const user = await createUser(database.db);
    const first = await login(user.email, testPassword);
    const rotated = await post(refreshRoute, first.data.refresh);
    expect(rotated.status).toBe(200);
    expect(rotated.data.refresh).not.toBe(first.data.refresh);
    expect((await call(meRoute.GET, { headers: bearer(rotated.data.access) })).status).toBe(200);

    // The first refresh token was already used: presenting it again is theft or a replay.
    const replay = await post(refreshRoute, first.data.refresh);
    expect(replay.status).toBe(401);
    expect(replay.data.code).toBe("invalid_token");
    const [session] = await database.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(session).toMatchObject({ revokedReason: "refresh_token_reuse" });
    // The legitimate holder's newer tokens die with the session.
    expect((await post(refreshRoute, rotated.data.refresh)).status).toBe(401);
    expect((await call(meRoute.GET, { headers: bearer(rotated.data.access) })).status).toBe(401);
  });

  it("refuses an access token in place of a refresh token, forged and expired tokens", async () => {
    const user = await createUser(database.db);
    const tokens = await login(user.email, testPassword);
    expect((await post(refreshRoute, tokens.data.access)).status).toBe(401);
    expect((await post(refreshRoute, `${tokens.data.refresh}x`)).status).toBe(401);
    vi.useFakeTimers({ toFake: ["Date"], now: new Date(Date.now() + 8 * 86_400_000) });
    try {
      expect((await post(refreshRoute, tokens.data.refresh)).status).toBe(401);
    } finally {
      vi.useRealTimers();
    }
  });

  it("stop working for a user deactivated after signing in", async () => {
    const user = await createUser(database.db);
    const tokens = await login(user.email, testPassword);
    await database.db.update(users).set({ isActive: false }).where(eq(users.id, user.id));
    expect((await post(refreshRoute, tokens.data.refresh)).status).toBe(401);
    expect((await call(meRoute.GET, { headers: bearer(tokens.data.access) })).status).toBe(401);
  });
});

describe("POST /auth/logout/", () => {
  it("answers 204 and ends the session: its access and refresh tokens stop working", async () => {
    const user = await createUser(database.db);
    const tokens = await login(user.email, testPassword);
    const response = await post(logoutRoute, tokens.data.refresh);
    expect(response.status).toBe(204);
    expect(response.text).toBe("");
    expect((await call(meRoute.GET, { headers: bearer(tokens.data.access) })).status).toBe(401);
    expect((await post(refreshRoute, tokens.data.refresh)).status).toBe(401);
    expect((await post(logoutRoute, "garbage")).status).toBe(401);
  });
});

describe("me endpoints", () => {
  it("/auth/me/ describes the signed-in person; anonymous callers get 401", async () => {
    const user = await createUser(database.db, {
      role: "admin",
      firstName: "Grace",
      lastName: "Hopper",
    });
    const tokens = await login(user.email, testPassword);
    const me = await call(meRoute.GET, { headers: bearer(tokens.data.access) });
    expect(me.data).toMatchObject({
      id: user.id,
      name: "Grace Hopper",
      user_type: "staff",
      role: "admin",
      is_user_verified: true,
    });
    expect((await call(meRoute.GET, { headers: { "x-api-key": apiKey } })).status).toBe(401);
  });

  it("/candidates/me/ is for candidates and /staff/me/ for staff", async () => {
    const candidate = await createUser(database.db, { userType: "candidate", school: "North" });
    const staff = await createUser(database.db, { role: "volunteer", occupation: "Engineer" });
    const candidateTokens = await login(candidate.email, testPassword);
    const staffTokens = await login(staff.email, testPassword);
    expect(
      (await call(candidateMeRoute.GET, { headers: bearer(candidateTokens.data.access) })).data,
    ).toMatchObject({ school: "North", role: "screening" });
    expect(
      (await call(staffMeRoute.GET, { headers: bearer(staffTokens.data.access) })).data,
    ).toMatchObject({ occupation: "Engineer", role: "volunteer" });
    expect(
      (await call(candidateMeRoute.GET, { headers: bearer(staffTokens.data.access) })).status,
    ).toBe(403);
    expect(
      (await call(staffMeRoute.GET, { headers: bearer(candidateTokens.data.access) })).status,
    ).toBe(403);
  });
});
