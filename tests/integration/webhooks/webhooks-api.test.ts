// The webhooks API: who may use it, what it refuses, and what it shows (the secret exactly once).
import { describe, expect, it } from "vitest";
import * as listRoute from "@/app/api/v1/webhooks/route";
import * as oneRoute from "@/app/api/v1/webhooks/[id]/route";
import * as rotateRoute from "@/app/api/v1/webhooks/[id]/rotate-secret/route";
import * as toggleRoute from "@/app/api/v1/webhooks/[id]/toggle/route";
import { env } from "@/lib/env";
import { at, hours } from "../attempts/support";
import { createKey } from "../support/factories";
import { call } from "../support/http";
import { useWebhooksSuite } from "./support";

const hooks = useWebhooksSuite();
const { suite } = hooks;

describe("webhooks API", () => {
  it("creates a webhook, shows its secret once, lists it with a hint only", async () => {
    const { id, secret, headers } = await hooks.createWebhook({
      description: "School portal",
      events: ["score.recorded", "attempt.submitted", "score.recorded"],
    });
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(secret.slice(6), "base64")).toHaveLength(32);

    const listed = await call(listRoute.GET, { headers });
    expect(listed.status).toBe(200);
    const [item] = listed.data.results;
    expect(item).toMatchObject({
      id,
      description: "School portal",
      events: ["score.recorded", "attempt.submitted"],
      is_active: true,
      secret_hint: `whsec_…${secret.slice(-4)}`,
      last_delivery: null,
    });
    expect(JSON.stringify(listed.data)).not.toContain(secret);

    const one = await call(oneRoute.GET, { params: { id }, headers });
    expect(one.status).toBe(200);
    expect(one.data.secret).toBeUndefined();
  });

  it("refuses bad bodies with field errors and writes nothing", async () => {
    const { headers } = await hooks.manager();
    const cases: Array<[unknown, string]> = [
      [{ url: hooks.receiver.url(), events: ["exam.exploded"] }, "events.0"],
      [{ url: hooks.receiver.url(), events: [] }, "events"],
      [{ url: hooks.receiver.url() }, "events"],
      [{ url: "not a url", events: ["score.recorded"] }, "url"],
      [{ url: `https://example.com/${"a".repeat(2100)}`, events: ["score.recorded"] }, "url"],
      [{ url: "ftp://example.com/x", events: ["score.recorded"] }, "url"],
      [{ url: "https://example.com/x", events: "score.recorded" }, "events"],
      [
        { url: "https://example.com/x", events: ["score.recorded"], secret: "mine" },
        "non_field_errors",
      ],
    ];
    for (const [json, field] of cases) {
      const response = await call(listRoute.POST, { method: "POST", headers, json });
      expect(response.status, JSON.stringify(json).slice(0, 80)).toBe(400);
      expect(response.data.code).toBe("invalid");
      expect(Object.keys(response.data.errors)).toContain(field);
    }
    const listed = await call(listRoute.GET, { headers });
    expect(listed.data.pagination.count).toBe(0);
  });

  it("outside local use, refuses plain http and private, loopback or link-local targets", async () => {
    env.WEBHOOKS_ALLOW_PRIVATE_TARGETS = false;
    const { headers } = await hooks.manager();
    for (const url of [
      "http://example.com/hooks",
      "https://127.0.0.1/hooks",
      "https://localhost/hooks",
      "https://10.1.2.3/hooks",
      "https://169.254.169.254/latest/meta-data",
      "https://[::1]/hooks",
      "https://[::ffff:127.0.0.1]/hooks",
      "https://user:pw@example.com/hooks",
    ]) {
      const response = await call(listRoute.POST, {
        method: "POST",
        headers,
        json: { url, events: ["score.recorded"] },
      });
      expect(response.status, url).toBe(400);
      expect(response.data.errors.url[0]).toMatch(/https|public|user name/);
    }
    const ok = await call(listRoute.POST, {
      method: "POST",
      headers,
      json: { url: "https://hooks.example.com/in", events: ["score.recorded"] },
    });
    expect(ok.status).toBe(201);
  });

  it("is for verified managers and up: moderators, candidates and keys alone are refused", async () => {
    const moderator = await suite.candidate({ userType: "staff", role: "moderator" });
    const candidate = await suite.candidate();
    const unverified = await suite.candidate({
      userType: "staff",
      role: "manager",
      isUserVerified: false,
    });
    const json = { url: hooks.receiver.url(), events: ["score.recorded"] };
    for (const [who, status] of [
      [moderator.id, 403],
      [candidate.id, 403],
      [unverified.id, 403],
    ] as const) {
      const headers = await suite.headersFor(who);
      expect((await call(listRoute.GET, { headers })).status).toBe(status);
      expect((await call(listRoute.POST, { method: "POST", headers, json })).status).toBe(status);
    }
    const { key } = await createKey(suite.db, [
      "assessments:read",
      "candidates:read",
      "results:read",
    ]);
    expect((await call(listRoute.GET, { headers: { "x-api-key": key } })).status).toBe(401);
    expect((await call(listRoute.GET)).status).toBe(401);
  });

  it("toggles, rotates and deletes; unknown and malformed ids are 404", async () => {
    const { id, secret, headers } = await hooks.createWebhook();
    const off = await call(toggleRoute.PATCH, { method: "PATCH", params: { id }, headers });
    expect(off.status).toBe(200);
    expect(off.data.is_active).toBe(false);
    const on = await call(toggleRoute.PATCH, {
      method: "PATCH",
      params: { id },
      headers,
      json: { is_active: true },
    });
    expect(on.data.is_active).toBe(true);
    const bad = await call(toggleRoute.PATCH, {
      method: "PATCH",
      params: { id },
      headers,
      json: { is_active: "yes" },
    });
    expect(bad.status).toBe(400);

    const rotated = await call(rotateRoute.POST, { method: "POST", params: { id }, headers });
    expect(rotated.status).toBe(200);
    expect(rotated.data.secret).toMatch(/^whsec_/);
    expect(rotated.data.secret).not.toBe(secret);
    expect(Date.parse(rotated.data.previous_secret_expires_at)).toBe(at().getTime() + hours(24));
    const shown = await call(oneRoute.GET, { params: { id }, headers });
    expect(shown.data.secret_hint).toBe(`whsec_…${rotated.data.secret.slice(-4)}`);

    const deleted = await call(oneRoute.DELETE, { method: "DELETE", params: { id }, headers });
    expect(deleted.status).toBe(204);
    expect((await call(oneRoute.GET, { params: { id }, headers })).status).toBe(404);
    expect(
      (await call(oneRoute.DELETE, { method: "DELETE", params: { id }, headers })).status,
    ).toBe(404);
    expect((await call(listRoute.GET, { headers })).data.pagination.count).toBe(0);
    for (const other of ["00000000-0000-4000-8000-000000000000", "12", "x'; drop table"]) {
      const response = await call(oneRoute.GET, { params: { id: other }, headers });
      expect(response.status).toBe(404);
      expect(response.data.code).toBe("not_found");
    }
  });
});
