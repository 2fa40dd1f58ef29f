// API-key authentication through the real route helper and database.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import * as apiKeysRoute from "@/app/api/v1/api-keys/route";
import * as apiKeyRoute from "@/app/api/v1/api-keys/[id]/route";
import * as rootRoute from "@/app/api/v1/root/route";
import { apiKeys } from "@/db/schema";
import { hashApiKey } from "@/lib/auth/api-keys/generate-api-key";
import { env } from "@/lib/env";
import { defineRoute } from "@/lib/http/define-route";
import { useTestDatabase, type TestDatabase } from "../support/database";
import { createKey, createUser, signIn } from "../support/factories";
import { call } from "../support/http";

let database: TestDatabase;
beforeAll(async () => {
  database = await useTestDatabase();
});
afterAll(async () => {
  await database.close();
});

// An integrator endpoint as later issues will write them: key-only callers need a scope.
const resultsRoute = defineRoute(
  {
    summary: "results probe",
    tags: ["Test"],
    scopes: ["results:read"],
    response: z.object({ ok: z.literal(true) }),
  },
  async () => ({ ok: true as const }),
);

describe("X-Api-Key", () => {
  it("is required: a request without one is 401 not_authenticated", async () => {
    const response = await call(rootRoute.GET);
    expect(response.status).toBe(401);
    expect(response.data).toMatchObject({ code: "not_authenticated" });
    expect(response.data.detail).toMatch(/X-Api-Key/);
  });

  it("rejects a malformed or unknown key with 401 authentication_failed", async () => {
    for (const key of ["nonsense", `pk_live_${"0".repeat(64)}`, `pk_live_${"g".repeat(64)}`]) {
      const response = await call(rootRoute.GET, { headers: { "x-api-key": key } });
      expect(response.status).toBe(401);
      expect(response.data).toEqual({
        detail: "Invalid or revoked API key.",
        code: "authentication_failed",
      });
    }
  });

  it("accepts a valid key and records when it was used", async () => {
    const key = await createKey(database.db);
    const response = await call(rootRoute.GET, { headers: { "x-api-key": key.key } });
    expect(response.status).toBe(200);
    expect(response.data.endpoints).toEqual(
      expect.arrayContaining([{ path: "/api/v1/health/", methods: ["GET"] }]),
    );
    const [row] = await database.db.select().from(apiKeys).where(eq(apiKeys.id, key.id));
    expect(row!.lastUsedAt).toBeInstanceOf(Date);
  });

  it("stores only the SHA-256 of the key, in the pk_live_ + 64 hex format", async () => {
    const key = await createKey(database.db);
    expect(key.key).toMatch(/^pk_live_[0-9a-f]{64}$/);
    const [row] = await database.db.select().from(apiKeys).where(eq(apiKeys.id, key.id));
    expect(row!.keyHash).toBe(hashApiKey(key.key));
    expect(JSON.stringify(row)).not.toContain(key.key);
    expect(row!.prefix).toBe(key.key.slice(0, 16));
  });

  it("stops working once revoked", async () => {
    const manager = await createUser(database.db, { role: "manager" });
    const { access } = await signIn(database.db, manager.id);
    const adminKey = await createKey(database.db);
    const victim = await createKey(database.db);
    expect((await call(rootRoute.GET, { headers: { "x-api-key": victim.key } })).status).toBe(200);

    const revoked = await call(apiKeyRoute.DELETE, {
      method: "DELETE",
      params: { id: victim.id },
      headers: { "x-api-key": adminKey.key, authorization: `Bearer ${access}` },
    });
    expect(revoked.status).toBe(204);
    const after = await call(rootRoute.GET, { headers: { "x-api-key": victim.key } });
    expect(after.status).toBe(401);
    expect(after.data.code).toBe("authentication_failed");

    const again = await call(apiKeyRoute.DELETE, {
      method: "DELETE",
      params: { id: victim.id },
      headers: { "x-api-key": adminKey.key, authorization: `Bearer ${access}` },
    });
    expect(again.status).toBe(404);
  });

  it("notices a key revoked by another process within API_KEY_CACHE_SECONDS", async () => {
    const key = await createKey(database.db);
    vi.useFakeTimers({ toFake: ["Date"], now: new Date() });
    try {
      expect((await call(rootRoute.GET, { headers: { "x-api-key": key.key } })).status).toBe(200);
      // Another server process revokes it: this process's cache does not hear about it.
      await database.db
        .update(apiKeys)
        .set({ revokedAt: new Date() })
        .where(eq(apiKeys.id, key.id));
      vi.advanceTimersByTime((env.API_KEY_CACHE_SECONDS - 1) * 1000);
      expect((await call(rootRoute.GET, { headers: { "x-api-key": key.key } })).status).toBe(200);
      vi.advanceTimersByTime(1000);
      expect((await call(rootRoute.GET, { headers: { "x-api-key": key.key } })).status).toBe(401);
    } finally {
      vi.useRealTimers();
    }
  });

  it("limits key-only callers to the scopes the key holds", async () => {
    const scoped = await createKey(database.db, ["results:read"]);
    const unscoped = await createKey(database.db, ["candidates:read"]);
    expect((await call(resultsRoute, { headers: { "x-api-key": scoped.key } })).status).toBe(200);
    const denied = await call(resultsRoute, { headers: { "x-api-key": unscoped.key } });
    expect(denied.status).toBe(403);
    expect(denied.data).toMatchObject({ code: "permission_denied" });
    expect(denied.data.detail).toContain("results:read");
  });
});

describe("API key management (/api-keys/)", () => {
  it("creates a key for a verified manager, shows it once, and lists only the prefix", async () => {
    const manager = await createUser(database.db, { role: "manager" });
    const { access } = await signIn(database.db, manager.id);
    const key = await createKey(database.db);
    const headers = { "x-api-key": key.key, authorization: `Bearer ${access}` };

    const created = await call(apiKeysRoute.POST, {
      method: "POST",
      json: { name: "Partner LMS", scopes: ["results:read", "results:read", "assessments:read"] },
      headers,
    });
    expect(created.status).toBe(201);
    expect(created.data.key).toMatch(/^pk_live_[0-9a-f]{64}$/);
    expect(created.data.scopes).toEqual(["results:read", "assessments:read"]);

    const listed = await call(apiKeysRoute.GET, { headers });
    expect(listed.status).toBe(200);
    const entry = listed.data.results.find((item: { id: string }) => item.id === created.data.id);
    expect(entry).toMatchObject({ name: "Partner LMS", prefix: created.data.key.slice(0, 16) });
    expect(JSON.stringify(listed.data)).not.toContain(created.data.key);
  });

  it("refuses staff below manager, unverified managers, candidates and key-only callers", async () => {
    const key = await createKey(database.db);
    const cases = [
      {
        user: await createUser(database.db, { role: "admin" }),
        status: 403,
        code: "permission_denied",
      },
      {
        user: await createUser(database.db, { role: "sponsor" }),
        status: 403,
        code: "permission_denied",
      },
      {
        user: await createUser(database.db, { role: "manager", isUserVerified: false }),
        status: 403,
        code: "unverified_staff",
      },
      {
        user: await createUser(database.db, { userType: "candidate", role: "winner" }),
        status: 403,
        code: "permission_denied",
      },
    ];
    for (const { user, status, code } of cases) {
      const { access } = await signIn(database.db, user.id);
      const response = await call(apiKeysRoute.POST, {
        method: "POST",
        json: { name: "x" },
        headers: { "x-api-key": key.key, authorization: `Bearer ${access}` },
      });
      expect(response.status, `${user.role}`).toBe(status);
      expect(response.data.code).toBe(code);
    }
    const keyOnly = await call(apiKeysRoute.GET, { headers: { "x-api-key": key.key } });
    expect(keyOnly.status).toBe(401);
  });

  it("refuses a forged or expired bearer token, and one whose session was revoked", async () => {
    const manager = await createUser(database.db, { role: "manager" });
    const key = await createKey(database.db);
    const { access, session } = await signIn(
      database.db,
      manager.id,
      new Date(Date.now() - 16 * 60_000),
    );
    const expired = await call(apiKeysRoute.GET, {
      headers: { "x-api-key": key.key, authorization: `Bearer ${access}` },
    });
    expect(expired.status).toBe(401);
    expect(expired.data.code).toBe("invalid_token");

    const forged = await call(apiKeysRoute.GET, {
      headers: { "x-api-key": key.key, authorization: `Bearer ${access.slice(0, -4)}AAAA` },
    });
    expect(forged.data.code).toBe("invalid_token");

    const fresh = await signIn(database.db, manager.id);
    const { sessions } = await import("@/db/schema");
    await database.db
      .update(sessions)
      .set({ revokedAt: new Date() })
      .where(eq(sessions.id, fresh.session.id));
    const revoked = await call(apiKeysRoute.GET, {
      headers: { "x-api-key": key.key, authorization: `Bearer ${fresh.access}` },
    });
    expect(revoked.status).toBe(401);
    expect(session.id).not.toBe(fresh.session.id);
  });

  it("answers 404 for a malformed or unknown id", async () => {
    const manager = await createUser(database.db, { role: "superadmin" });
    const { access } = await signIn(database.db, manager.id);
    const key = await createKey(database.db);
    const headers = { "x-api-key": key.key, authorization: `Bearer ${access}` };
    for (const id of ["not-a-uuid", "00000000-0000-4000-8000-000000000000"]) {
      const response = await call(apiKeyRoute.DELETE, {
        method: "DELETE",
        params: { id },
        headers,
      });
      expect(response.status).toBe(404);
      expect(response.data.code).toBe("not_found");
    }
  });
});
