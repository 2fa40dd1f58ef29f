import { describe, expect, it } from "vitest";
import { emptyMessage, parseQueueFilter, queueHref, queueQuery } from "./queue-filter";

describe("the review queue's URL filter", () => {
  it("drops a search with a NUL and a page past what the database can hold", () => {
    expect(parseQueueFilter({ search: "Ada\u0000", page: "99999999999" })).toEqual({
      tab: "pending",
      search: "",
      page: 1,
    });
  });

  it("defaults to the first page of pending requests and ignores what it does not know", () => {
    expect(parseQueueFilter({})).toEqual({ tab: "pending", search: "", page: 1 });
    expect(parseQueueFilter({ status: "bogus", page: "-3", search: "  " })).toEqual({
      tab: "pending",
      search: "",
      page: 1,
    });
    expect(parseQueueFilter({ status: ["rejected", "all"], page: "2", search: " Ada " })).toEqual({
      tab: "rejected",
      search: "Ada",
      page: 2,
    });
  });

  it("turns each tab into the list operation's status filter", () => {
    expect(queueQuery({ tab: "pending", search: "", page: 1 })).toEqual({
      page: 1,
      page_size: 10,
      is_pending: true,
    });
    expect(queueQuery({ tab: "approved", search: "ada", page: 3 })).toEqual({
      page: 3,
      page_size: 10,
      is_approved: true,
      search: "ada",
    });
    expect(queueQuery({ tab: "rejected", search: "", page: 1 })).toMatchObject({
      is_rejected: true,
    });
    const all = queueQuery({ tab: "all", search: "", page: 1 });
    expect(all).not.toHaveProperty("is_pending");
    expect(all).not.toHaveProperty("is_approved");
    expect(all).not.toHaveProperty("is_rejected");
  });

  it("writes links that round-trip through the parser and leave out defaults", () => {
    expect(queueHref({ tab: "pending", page: 1 })).toBe("/admin/verifications");
    const href = queueHref({ tab: "all", search: "o'neil & co", page: 4 });
    const parsed = parseQueueFilter(
      Object.fromEntries(new URL(href, "http://localhost").searchParams),
    );
    expect(parsed).toEqual({ tab: "all", search: "o'neil & co", page: 4 });
  });

  it("says why a page is empty", () => {
    expect(emptyMessage({ tab: "pending", search: "", page: 1 })).toBe(
      "No verification requests are waiting.",
    );
    expect(emptyMessage({ tab: "approved", search: "zed", page: 1 })).toBe(
      "No verification requests match “zed”.",
    );
  });
});
