import { randomUUID } from "node:crypto";
import { SignJWT, UnsecuredJWT } from "jose";
import { afterEach, describe, expect, it, vi } from "vitest";
import { signToken, verifyToken } from "@/lib/auth/tokens";
import { ApiError } from "@/lib/errors";
import {
  issueResultToken,
  resultRedirectLink,
  resultTokenMinutes,
  verifyResultToken,
} from "./result-token";

// The secret is read on every call, so a test can sign under one secret and verify under another.
const secrets = vi.hoisted(() => ({ current: "first-secret-for-result-token-tests-0123456789" }));
vi.mock("@/lib/env", async (original) => ({
  ...(await original<typeof import("@/lib/env")>()),
  getAuthSecret: () => secrets.current,
}));

const now = new Date("2026-06-01T10:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);
const claims = () => ({ examId: 42, candidateId: randomUUID(), attemptId: randomUUID() });

async function refusal(token: string, at = now): Promise<ApiError> {
  const error = await verifyResultToken(token, at).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

function expectInvalid(error: ApiError) {
  expect(error.status).toBe(400);
  expect(error.code).toBe("invalid_result_token");
}

afterEach(() => {
  secrets.current = "first-secret-for-result-token-tests-0123456789";
});

describe("result tokens", () => {
  it("round-trips its claims, with or without an attempt", async () => {
    const issued = claims();
    expect(await verifyResultToken(await issueResultToken(issued, now), now)).toEqual(issued);
    const byHand = { ...issued, attemptId: null };
    expect(await verifyResultToken(await issueResultToken(byHand, now), now)).toEqual(byHand);
  });

  it("lasts 15 minutes from the injected now, then says it expired", async () => {
    const token = await issueResultToken(claims(), now);
    const lastSecond = later(resultTokenMinutes * 60_000 - 1000);
    await expect(verifyResultToken(token, lastSecond)).resolves.toBeTruthy();
    const expired = await refusal(token, later(resultTokenMinutes * 60_000));
    expectInvalid(expired);
    expect(expired.message).toMatch(/expired/);
  });

  it("refuses a tampered payload or signature, without saying it expired", async () => {
    const token = await issueResultToken(claims(), now);
    const [head, payload, signature] = token.split(".") as [string, string, string];
    const forged = JSON.parse(Buffer.from(payload, "base64url").toString());
    forged.exam = 43;
    const tampered = `${head}.${Buffer.from(JSON.stringify(forged)).toString("base64url")}.${signature}`;
    const flipped = `${head}.${payload}.${signature.startsWith("A") ? "B" : "A"}${signature.slice(1)}`;
    for (const bad of [tampered, flipped, `${token}x`]) {
      const error = await refusal(bad);
      expectInvalid(error);
      expect(error.message).not.toMatch(/expired/);
    }
  });

  it("refuses a token signed with another secret", async () => {
    secrets.current = "second-secret-of-another-deployment-0123456789";
    const foreign = await issueResultToken(claims(), now);
    secrets.current = "first-secret-for-result-token-tests-0123456789";
    expectInvalid(await refusal(foreign));

    // Same claims, signed with the raw secret (the session tokens' key) instead of the derived one.
    const rawKey = new TextEncoder().encode(secrets.current);
    const underRawSecret = await new SignJWT({ exam: 42, attempt: null, typ: "result" })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer("competition-platform")
      .setAudience("result")
      .setSubject(randomUUID())
      .setIssuedAt(Math.floor(now.getTime() / 1000))
      .setExpirationTime("15m")
      .sign(rawKey);
    expectInvalid(await refusal(underRawSecret));
  });

  it("refuses session tokens, and session verification refuses result tokens", async () => {
    const session = { sub: randomUUID(), sid: randomUUID(), jti: randomUUID() };
    for (const typ of ["access", "refresh"] as const) {
      const token = await signToken({ ...session, typ }, now);
      expect(await verifyToken(token, typ, now)).not.toBeNull();
      expectInvalid(await refusal(token));
    }
    const result = await issueResultToken(claims(), now);
    expect(await verifyToken(result, "access", now)).toBeNull();
    expect(await verifyToken(result, "refresh", now)).toBeNull();
  });

  it("refuses malformed and unsigned tokens", async () => {
    const unsigned = new UnsecuredJWT({ exam: 42, attempt: null, typ: "result" })
      .setIssuer("competition-platform")
      .setAudience("result")
      .setSubject(randomUUID())
      .setExpirationTime(Math.floor(now.getTime() / 1000) + 600)
      .encode();
    for (const bad of ["", "not-a-token", "a.b.c", unsigned]) {
      expectInvalid(await refusal(bad));
    }
  });
});

describe("the link to the exam's result_redirect_url", () => {
  it("keeps the URL's own query and adds a fresh token for these claims", async () => {
    const issued = claims();
    const link = await resultRedirectLink(
      "https://portal.example.com:8443/done?school=7&lang=fr#top",
      issued,
      now,
    );
    expect(link).not.toBeNull();
    const url = new URL(link!.href);
    expect(url.origin + url.pathname).toBe("https://portal.example.com:8443/done");
    expect(url.searchParams.get("school")).toBe("7");
    expect(url.searchParams.get("lang")).toBe("fr");
    expect(url.hash).toBe("#top");
    expect(await verifyResultToken(url.searchParams.get("result")!, now)).toEqual(issued);
    expect(link!.host).toBe("portal.example.com:8443");
    expect(link!.expires_at).toBe("2026-06-01T10:15:00.000Z");
  });

  it("replaces a result parameter already in the URL rather than adding a second", async () => {
    const link = await resultRedirectLink("https://x.example/r?result=stale", claims(), now);
    const url = new URL(link!.href);
    expect(url.searchParams.getAll("result")).toHaveLength(1);
    expect(url.searchParams.get("result")).not.toBe("stale");
  });

  it("gives no link for a stored value that is not an https URL", async () => {
    for (const bad of ["javascript:alert(1)", "http://x.example/r", "not a url", ""]) {
      expect(await resultRedirectLink(bad, claims(), now), bad).toBeNull();
    }
  });
});
