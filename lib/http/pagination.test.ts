import { describe, expect, it } from "vitest";
import { NotFound } from "@/lib/errors";
import { pageRequest, paginate, paginationQuery } from "./pagination";

describe("pagination", () => {
  it("defaults to page 1 of 20 and accepts limit as an alias", () => {
    expect(pageRequest(paginationQuery.parse({}))).toEqual({ page: 1, pageSize: 20, offset: 0 });
    expect(pageRequest(paginationQuery.parse({ page: "3", limit: "25" }))).toEqual({
      page: 3,
      pageSize: 25,
      offset: 50,
    });
    expect(pageRequest(paginationQuery.parse({ page_size: "10", limit: "25" })).pageSize).toBe(10);
  });

  it("rejects sizes over 100, zero and fractions", () => {
    for (const query of [
      { page_size: "101" },
      { limit: "500" },
      { page: "0" },
      { page: "1.5" },
      { page: "-1" },
    ]) {
      expect(paginationQuery.safeParse(query).success, JSON.stringify(query)).toBe(false);
    }
  });

  it("builds the envelope with links that keep the other query parameters", () => {
    const url = new URL("http://x/api/v1/things/?search=ann&page=2&page_size=2");
    const result = paginate(["c", "d"], 5, { page: 2, pageSize: 2, offset: 2 }, url);
    expect(result.pagination).toEqual({
      count: 5,
      page: 2,
      page_size: 2,
      total_pages: 3,
      has_next: true,
      has_previous: true,
      next: "http://x/api/v1/things/?search=ann&page=3&page_size=2",
      previous: "http://x/api/v1/things/?search=ann&page=1&page_size=2",
    });
  });

  it("allows page 1 of an empty list and 404s past the end", () => {
    const url = new URL("http://x/");
    expect(paginate([], 0, { page: 1, pageSize: 20, offset: 0 }, url).pagination).toMatchObject({
      count: 0,
      total_pages: 1,
      next: null,
    });
    expect(() => paginate([], 5, { page: 2, pageSize: 20, offset: 20 }, url)).toThrow(NotFound);
  });
});
