import { describe, expect, it } from "vitest";
import { hrefWith, param, pick } from "./list-params";

describe("list params", () => {
  it("reads the first, trimmed, non-empty value", () => {
    expect(param({ search: ["  ada ", "x"] }, "search")).toBe("ada");
    expect(param({ search: "   " }, "search")).toBeUndefined();
    expect(param({}, "search")).toBeUndefined();
  });

  it("reads a value with a NUL as no value, so no page takes it to the database", () => {
    expect(param({ search: "ada\u0000" }, "search")).toBeUndefined();
    expect(pick({ search: "\u0000", role: "league" }, ["search", "role"])).toEqual({
      role: "league",
    });
  });

  it("picks only the named, non-empty parameters", () => {
    expect(
      pick({ role: "league", school: "", other: "x", page: "2" }, ["role", "school", "page"]),
    ).toEqual({
      role: "league",
      page: "2",
    });
  });

  it("builds links that keep filters, drop empty values and page 1", () => {
    expect(hrefWith("/admin/staff", { search: "a b&c", role: "", page: 1 })).toBe(
      "/admin/staff?search=a+b%26c",
    );
    expect(hrefWith("/admin/staff", { role: "admin", page: 3 })).toBe(
      "/admin/staff?role=admin&page=3",
    );
    expect(hrefWith("/admin/staff", {})).toBe("/admin/staff");
  });
});
