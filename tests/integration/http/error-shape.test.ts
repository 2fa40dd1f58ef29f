// Bad input of every kind gets a 4xx in the contract's shape and changes nothing.
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as catchAllRoute from "@/app/api/v1/[...path]/route";
import * as apiKeysRoute from "@/app/api/v1/api-keys/route";
import * as healthRoute from "@/app/api/v1/health/route";
import { apiKeys } from "@/db/schema";
import { env } from "@/lib/env";
import { useTestDatabase, type TestDatabase } from "../support/database";
import { createKey, createUser, signIn } from "../support/factories";
import { call } from "../support/http";

let database: TestDatabase;
let headers: Record<string, string>;

beforeAll(async () => {
  database = await useTestDatabase();
  const manager = await createUser(database.db, { role: "manager" });
  const { access } = await signIn(database.db, manager.id);
  const key = await createKey(database.db);
  headers = { "x-api-key": key.key, authorization: `Bearer ${access}` };
});
afterAll(async () => {
  await database.close();
});

const keyCount = async () => (await database.db.select({ value: count() }).from(apiKeys))[0]!.value;

describe("request bodies", () => {
  it("malformed JSON is a 400 parse_error naming the problem, and nothing is written", async () => {
    const before = await keyCount();
    const response = await call(apiKeysRoute.POST, {
      method: "POST",
      body: '{"name": "x",',
      headers: { ...headers, "content-type": "application/json" },
    });
    expect(response.status).toBe(400);
    expect(response.data.code).toBe("parse_error");
    expect(response.data.detail).toMatch(/^Malformed JSON/);
    expect(await keyCount()).toBe(before);
  });

  it("wrong types, unknown enum values and missing fields are a 400 invalid with per-field errors", async () => {
    const wrongType = await call(apiKeysRoute.POST, {
      method: "POST",
      json: { name: 42, scopes: "all" },
      headers,
    });
    expect(wrongType.status).toBe(400);
    expect(wrongType.data).toMatchObject({ code: "invalid", detail: "Invalid request body." });
    expect(Object.keys(wrongType.data.errors).sort()).toEqual(["name", "scopes"]);

    const unknownScope = await call(apiKeysRoute.POST, {
      method: "POST",
      json: { name: "x", scopes: ["root"] },
      headers,
    });
    expect(unknownScope.status).toBe(400);
    expect(unknownScope.data.errors["scopes.0"]).toHaveLength(1);

    const missing = await call(apiKeysRoute.POST, { method: "POST", json: {}, headers });
    expect(missing.data.errors).toEqual({ name: ["This field is required."] });

    const empty = await call(apiKeysRoute.POST, { method: "POST", headers });
    expect(empty.status).toBe(400);
    expect(empty.data.errors).toHaveProperty("non_field_errors");

    const array = await call(apiKeysRoute.POST, { method: "POST", json: [1, 2], headers });
    expect(array.status).toBe(400);
  });

  it("an oversized body is a 413, whether declared or streamed without a length", async () => {
    const before = await keyCount();
    const big = JSON.stringify({ name: "x".repeat(env.MAX_BODY_BYTES) });
    const declared = await call(apiKeysRoute.POST, {
      method: "POST",
      body: big,
      headers: { ...headers, "content-type": "application/json" },
    });
    expect(declared.status).toBe(413);
    expect(declared.data).toEqual({
      detail: `Request body is larger than ${env.MAX_BODY_BYTES} bytes.`,
      code: "payload_too_large",
    });

    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > env.MAX_BODY_BYTES * 2) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const streamed = await call(apiKeysRoute.POST, {
      method: "POST",
      body: stream,
      headers: { ...headers, "content-type": "application/json" },
    });
    expect(streamed.status).toBe(413);
    expect(await keyCount()).toBe(before);
  });

  it("a body that is not JSON is a 415", async () => {
    const response = await call(apiKeysRoute.POST, {
      method: "POST",
      body: "name=x",
      headers: { ...headers, "content-type": "application/x-www-form-urlencoded" },
    });
    expect(response.status).toBe(415);
    expect(response.data.code).toBe("unsupported_media_type");
  });

  it("over-long strings are refused by the schema, not the database", async () => {
    const response = await call(apiKeysRoute.POST, {
      method: "POST",
      json: { name: "n".repeat(101) },
      headers,
    });
    expect(response.status).toBe(400);
    expect(response.data.errors.name).toHaveLength(1);
  });
});

describe("pagination", () => {
  it("pages with the contract's envelope, accepts limit as an alias, and 404s past the end", async () => {
    for (let index = 0; index < 4; index += 1)
      await createKey(database.db, [], `page-key-${index}`);
    const total = await keyCount();
    const first = await call(apiKeysRoute.GET, {
      path: "/api/v1/api-keys/?page_size=2&name=kept",
      headers,
    });
    expect(first.status).toBe(200);
    expect(first.data.results).toHaveLength(2);
    expect(first.data.pagination).toMatchObject({
      count: total,
      page: 1,
      page_size: 2,
      total_pages: Math.ceil(total / 2),
      has_next: true,
      has_previous: false,
      previous: null,
    });
    expect(first.data.pagination.next).toBe(
      "http://localhost:3000/api/v1/api-keys/?page_size=2&name=kept&page=2",
    );

    const alias = await call(apiKeysRoute.GET, {
      path: "/api/v1/api-keys/?limit=3&page=2",
      headers,
    });
    expect(alias.data.pagination).toMatchObject({ page: 2, page_size: 3, has_previous: true });

    const past = await call(apiKeysRoute.GET, {
      path: `/api/v1/api-keys/?page=${total + 1}&page_size=1`,
      headers,
    });
    expect(past.status).toBe(404);
    expect(past.data.code).toBe("not_found");
  });

  it("refuses page sizes over 100 and non-numeric pages", async () => {
    const tooBig = await call(apiKeysRoute.GET, {
      path: "/api/v1/api-keys/?page_size=101",
      headers,
    });
    expect(tooBig.status).toBe(400);
    expect(tooBig.data.errors.page_size).toEqual(["page_size may not exceed 100."]);
    const words = await call(apiKeysRoute.GET, { path: "/api/v1/api-keys/?page=two", headers });
    expect(words.status).toBe(400);
    const zero = await call(apiKeysRoute.GET, { path: "/api/v1/api-keys/?page=0", headers });
    expect(zero.data.errors.page).toEqual(["page must be at least 1."]);
  });
});

describe("paths and methods no route serves", () => {
  const unknownPath = (method: string, path: string) =>
    call(catchAllRoute[method as "GET"] as never, { method, path });

  it("answers unknown paths with a 404 in the error shape, whatever the method", async () => {
    for (const [method, path] of [
      ["GET", "/api/v1/nothing-here"],
      ["POST", "/api/v1/health/extra/"],
      ["DELETE", "/api/v1/"],
    ] as const) {
      const response = await unknownPath(method, path);
      expect(response.status, path).toBe(404);
      expect(response.data).toEqual({ detail: "Not found.", code: "not_found" });
    }
  });

  it("answers a wrong method with a 405 that lists the allowed ones, in both slash forms", async () => {
    for (const path of ["/api/v1/health/", "/api/v1/health"]) {
      const response = await call(healthRoute.DELETE as never, { method: "DELETE", path });
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe("GET");
      expect(response.data).toEqual({
        detail: 'Method "DELETE" not allowed.',
        code: "method_not_allowed",
      });
    }
    const keys = await call(apiKeysRoute.PUT as never, {
      method: "PUT",
      path: "/api/v1/api-keys/",
    });
    expect(keys.headers.get("allow")).toBe("GET, POST");
  });

  it("never replaces a method the route serves", () => {
    expect((healthRoute.GET as { definition?: unknown }).definition).toBeDefined();
    expect((apiKeysRoute.POST as { definition?: unknown }).definition).toBeDefined();
  });
});
