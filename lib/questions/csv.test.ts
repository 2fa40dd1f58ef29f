import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/errors";
import { parseCsv } from "./csv";

describe("parseCsv", () => {
  it("reads plain records with LF or CRLF line ends", () => {
    expect(parseCsv("a,b\r\n1,2\n3,4")).toEqual([
      ["a", "b"],
      ["1", "2"],
      ["3", "4"],
    ]);
  });

  it("keeps commas, newlines and doubled quotes inside quoted fields", () => {
    expect(parseCsv('x,y\n"one, two","line\nbreak"\n"say ""hi""",z\n')).toEqual([
      ["x", "y"],
      ["one, two", "line\nbreak"],
      ['say "hi"', "z"],
    ]);
  });

  it("drops a BOM and blank lines but keeps a quoted empty record", () => {
    expect(parseCsv('\uFEFFa\n\n\r\nb\n""\n')).toEqual([["a"], ["b"], [""]]);
  });

  it("keeps empty fields", () => {
    expect(parseCsv("a,,c\n,\n")).toEqual([
      ["a", "", "c"],
      ["", ""],
    ]);
  });

  it("refuses an unclosed quote with invalid_csv", () => {
    try {
      parseCsv('a\n"never closed');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).code).toBe("invalid_csv");
    }
  });
});
