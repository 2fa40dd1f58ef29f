import { describe, expect, it } from "vitest";
import { flaggedNumbers, parseFlags, serializeFlags, toggleFlag } from "./review-flags";

describe("review flags", () => {
  it("toggles a question's flag and lists the flagged questions by number, in exam order", () => {
    let flags = toggleFlag(new Set(), 70);
    flags = toggleFlag(flags, 30);
    flags = toggleFlag(flags, 99); // not in this exam (any more): not listed
    expect(flaggedNumbers([10, 30, 50, 70], flags)).toEqual([2, 4]);
    flags = toggleFlag(flags, 30);
    expect(flaggedNumbers([10, 30, 50, 70], flags)).toEqual([4]);
  });

  it("round-trips through storage and ignores what it cannot read", () => {
    expect([...parseFlags(serializeFlags(new Set([7, 3])))]).toEqual([3, 7]);
    expect(parseFlags(null).size).toBe(0);
    expect(parseFlags("oops").size).toBe(0);
    expect([...parseFlags('[1, "2", 3.5, 4]')]).toEqual([1, 4]);
  });
});
