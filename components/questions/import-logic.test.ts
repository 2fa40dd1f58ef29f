import { describe, expect, it } from "vitest";
import { checkCsv, csvColumns } from "@/lib/questions/import";
import { maxCsvBytes } from "@/lib/questions/schemas";
import {
  csvFileProblem,
  csvLine,
  formatBytes,
  importLabel,
  normaliseLineEnds,
  problemSummary,
  sampleCsvHref,
  utf8Bytes,
} from "./import-logic";

const textOf = (href: string) => decodeURIComponent(href.slice(href.indexOf(",") + 1));

describe("the sample CSV", () => {
  it("is a data: link to a file the import accepts, with one valid row", () => {
    const href = sampleCsvHref(csvColumns);
    expect(href.startsWith("data:text/csv;charset=utf-8,")).toBe(true);
    const checked = checkCsv(textOf(href));
    expect(checked).toMatchObject({ rows: 1, errors: [] });
    expect(checked.valid[0]).toMatchObject({ correct_answer: "B", difficulty: "easy" });
  });

  it("quotes fields with commas, quotes and line breaks so the import reads them back", () => {
    expect(csvLine(["a", "b,c", 'say "hi"', "two\nlines"])).toBe(
      'a,"b,c","say ""hi""","two\nlines"',
    );
    const row = ['Which is "odd", 3 or 4?', "3", "4", "both", "neither", "A", "moderate"];
    const [fields] = checkCsv(textOf(sampleCsvHref(csvColumns, row))).valid;
    expect(fields?.text).toBe('Which is "odd", 3 or 4?');
  });
});

describe("checking a file before sending it", () => {
  it("asks for a file, refuses an empty or oversized one, and accepts the limit itself", () => {
    expect(csvFileProblem(null)).toBe("Choose a CSV file first.");
    expect(csvFileProblem({ size: 0 })).toBe("The file is empty.");
    expect(csvFileProblem({ size: maxCsvBytes + 1 })).toBe(
      "The file is 1 MB, over the 1 MB limit.",
    );
    expect(csvFileProblem({ size: 2_500_000 })).toBe("The file is 2.5 MB, over the 1 MB limit.");
    expect(csvFileProblem({ size: maxCsvBytes })).toBeNull();
  });

  it("formats sizes for people", () => {
    expect(formatBytes(1)).toBe("1 byte");
    expect(formatBytes(999)).toBe("999 bytes");
    expect(formatBytes(250_400)).toBe("250 KB");
    expect(formatBytes(1_000_000)).toBe("1 MB");
  });
});

describe("the text kept between preview and import", () => {
  it("has LF line ends whatever the file or the browser used, so it never grows", () => {
    const crlf = "a,b\r\nc,d\re,f\n";
    expect(normaliseLineEnds(crlf)).toBe("a,b\nc,d\ne,f\n");
    expect(normaliseLineEnds(normaliseLineEnds(crlf).replace(/\n/g, "\r\n"))).toBe(
      normaliseLineEnds(crlf),
    );
    expect(utf8Bytes(normaliseLineEnds(crlf))).toBeLessThanOrEqual(utf8Bytes(crlf));
    expect(utf8Bytes("×")).toBe(2);
  });
});

describe("preview wording", () => {
  it("counts problems and the rows they are in", () => {
    expect(problemSummary([{ row: 2 }])).toBe("1 problem in 1 row");
    expect(problemSummary([{ row: 2 }, { row: 2 }, { row: 5 }])).toBe("3 problems in 2 rows");
  });

  it("names the import button by its count", () => {
    expect(importLabel(1)).toBe("Import 1 question");
    expect(importLabel(2)).toBe("Import 2 questions");
  });
});
