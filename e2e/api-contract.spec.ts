// The HTTP contract through the real server: what only a running Next.js can show.
import { expect, test } from "@playwright/test";

test("both slash forms answer directly, with no redirect", async ({ request }) => {
  for (const path of [
    "/api/v1/health",
    "/api/v1/health/",
    "/api/v1/registration",
    "/api/v1/registration/",
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
  }
  const health = await (await request.get("/api/v1/health/")).json();
  expect(health).toMatchObject({ status: "healthy", checks: { database: "ok" } });
});

test("unknown paths and wrong methods answer 404 and 405 in the error shape", async ({
  request,
}) => {
  const missing = await request.get("/api/v1/does-not-exist/");
  expect(missing.status()).toBe(404);
  expect(await missing.json()).toEqual({ detail: "Not found.", code: "not_found" });

  const wrongMethod = await request.post("/api/v1/health/", { data: {} });
  expect(wrongMethod.status()).toBe(405);
  expect(wrongMethod.headers()["allow"]).toBe("GET");
  expect(await wrongMethod.json()).toMatchObject({ code: "method_not_allowed" });
});

test("bad input never produces a 500", async ({ request }) => {
  const malformed = await request.post("/api/v1/realtime/auth/", {
    headers: { "content-type": "application/json" },
    data: "{not json",
  });
  expect(malformed.status()).toBe(401); // authentication is checked before the body is read

  const badKey = await request.get("/api/v1/root/", { headers: { "x-api-key": "pk_live_nope" } });
  expect(badKey.status()).toBe(401);
  expect(await badKey.json()).toMatchObject({ code: "authentication_failed" });

  const weirdPath = await request.get("/api/v1/api-keys/%E0%A4%A/");
  expect(weirdPath.status()).toBe(400);
  expect(await weirdPath.json()).toMatchObject({ code: "invalid" });

  for (const path of [
    "/api/v1/registration/?page=%E0%A4%A",
    `/api/v1/registration/?${"x".repeat(6_000)}=1`,
    "/api/v1/docs/assets/..%2F..%2Fpackage.json",
    "/api/v1/api-keys/%00/",
  ]) {
    const response = await request.get(path, { headers: { "x-api-key": "pk_live_x" } });
    expect(response.status(), path).toBeGreaterThanOrEqual(400);
    expect(response.status(), path).toBeLessThan(500);
  }
});

test("a client cannot choose its own rate-limit bucket with X-Forwarded-For", async ({
  request,
}) => {
  const first = await request.get("/api/v1/registration/", {
    headers: { "x-forwarded-for": "10.1.1.1" },
  });
  const second = await request.get("/api/v1/registration/", {
    headers: { "x-forwarded-for": "10.2.2.2" },
  });
  const remainingFirst = Number(first.headers()["x-ratelimit-remaining"]);
  const remainingSecond = Number(second.headers()["x-ratelimit-remaining"]);
  // Same socket, same bucket: the second request sees one fewer remaining.
  expect(remainingSecond).toBe(remainingFirst - 1);
});
