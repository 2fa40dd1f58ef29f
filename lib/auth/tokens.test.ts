import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signToken, verifyToken } from "./tokens";

const claims = () => ({ sub: randomUUID(), sid: randomUUID(), jti: randomUUID() });

describe("verifyToken", () => {
  it("accepts an access token again from its cache, and still refuses it once expired", async () => {
    const now = new Date("2026-06-01T10:00:00Z");
    const token = await signToken({ ...claims(), typ: "access" }, now);
    const first = await verifyToken(token, "access", now);
    expect(first?.typ).toBe("access");
    expect(await verifyToken(token, "access", new Date(now.getTime() + 60_000))).toEqual(first);
    expect(await verifyToken(token, "access", new Date(now.getTime() + 15 * 60_000))).toBeNull();
  });

  it("refuses a cached token asked for as another type, and any altered token", async () => {
    const now = new Date();
    const token = await signToken({ ...claims(), typ: "access" }, now);
    expect(await verifyToken(token, "access", now)).not.toBeNull();
    expect(await verifyToken(token, "refresh", now)).toBeNull();
    const [head, body, signature] = token.split(".");
    const flipped = signature!.startsWith("A")
      ? `B${signature!.slice(1)}`
      : `A${signature!.slice(1)}`;
    expect(await verifyToken(`${head}.${body}.${flipped}`, "access", now)).toBeNull();
    expect(await verifyToken(`${token}x`, "access", now)).toBeNull();
  });

  it("refuses a refresh token used as an access token", async () => {
    const now = new Date();
    const refresh = await signToken({ ...claims(), typ: "refresh" }, now);
    expect(await verifyToken(refresh, "refresh", now)).not.toBeNull();
    expect(await verifyToken(refresh, "access", now)).toBeNull();
  });
});
