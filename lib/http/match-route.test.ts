import { describe, expect, it } from "vitest";
import { matchRoute } from "./match-route";

describe("matchRoute", () => {
  it("matches with and without the trailing slash", () => {
    expect(matchRoute("/api/v1/health")?.path).toBe("/api/v1/health");
    expect(matchRoute("/api/v1/health/")?.path).toBe("/api/v1/health");
  });

  it("matches one path parameter per segment, never across slashes", () => {
    expect(matchRoute("/api/v1/api-keys/abc/")?.path).toBe("/api/v1/api-keys/{id}");
    expect(matchRoute("/api/v1/api-keys/abc/def/")).toBeNull();
  });

  it("prefers a static segment over a parameter", () => {
    expect(matchRoute("/api/v1/docs/spec")?.path).toBe("/api/v1/docs/spec");
    expect(matchRoute("/api/v1/docs/assets/x.js")?.path).toBe("/api/v1/docs/assets/{file}");
  });

  it("finds nothing for unknown paths", () => {
    expect(matchRoute("/api/v1/unknown")).toBeNull();
    expect(matchRoute("/api/v1")).toBeNull();
  });
});
