import { describe, expect, it } from "vitest";
import { parsePathId } from "./path-id";

describe("ids in a page's path", () => {
  it("accept positive whole numbers that fit an integer column", () => {
    expect(parsePathId("1")).toBe(1);
    expect(parsePathId("2147483647")).toBe(2147483647);
  });

  it("refuse anything else", () => {
    for (const raw of ["0", "-1", "01", "1.5", "1e3", "0x10", " 7", "abc", "", "2147483648"])
      expect(parsePathId(raw)).toBeNull();
  });
});
