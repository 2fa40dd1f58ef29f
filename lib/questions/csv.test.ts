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

  it("reads mixed line ends and a CR line end inside quotes", () => {
    expect(parseCsv('a,b\r\n"x\r\ny",z\r1,2\n')).toEqual([
      ["a", "b"],
      ["x\r\ny", "z"],
      ["1", "2"],
    ]);
  });

  it.each([
    ['q\n"a"b\n', /line 2/, /closing quote/],
    ['q\nsay "hi",x\n', /line 2/, /inside a field without quotes/],
    ['q\n"never closed', /line 2/, /never closed/],
  ])("refuses malformed %j with the line and the reason", (source, line, reason) => {
    try {
      parseCsv(source);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).code).toBe("invalid_csv");
      expect((error as ApiError).message).toMatch(line);
      expect((error as ApiError).message).toMatch(reason);
    }
  });
});
