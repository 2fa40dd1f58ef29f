import { describe, expect, it } from "vitest";
import { parseInviteList } from "./parse-invite-list";

describe("parseInviteList", () => {
  it("reads one person per line, from commas, semicolons or spreadsheet tabs", () => {
    expect(
      parseInviteList(
        "ada@example.com, Ada, Obi\n\n bayo@example.com;Bayo;Lawal \r\nc@x.org\tCee\tDe Silva",
      ),
    ).toEqual([
      { email: "ada@example.com", first_name: "Ada", last_name: "Obi" },
      { email: "bayo@example.com", first_name: "Bayo", last_name: "Lawal" },
      { email: "c@x.org", first_name: "Cee", last_name: "De Silva" },
    ]);
  });

  it("keeps incomplete lines as rows (the invitation's rules refuse them, row by row)", () => {
    expect(parseInviteList("only@example.com")).toEqual([
      { email: "only@example.com", first_name: "", last_name: "" },
    ]);
    expect(parseInviteList("  \n ")).toEqual([]);
  });
});
