// The question import's CSV reader, on csv-parse (RFC 4180): quoted fields (commas, line breaks
// and "" inside quotes), CRLF, LF or CR line ends (mixed too), a leading BOM. Blank lines are
// dropped. A malformed file is refused with the line where it goes wrong, never read loosely:
// `"a"b` (text after a closing quote) and `a"b` (a quote inside an unquoted field) are errors.
import { CsvError, parse } from "csv-parse/sync";
import { Invalid } from "@/lib/errors";

const problems: Partial<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: "a quoted field is never closed",
  CSV_INVALID_CLOSING_QUOTE: "text follows a closing quote; put the whole field in quotes",
  INVALID_OPENING_QUOTE:
    "a quote appears inside a field without quotes; quote the field and double the quote",
};

/** Records of fields; a blank line is not a record, a line holding only `""` is. */
export function parseCsv(source: string): string[][] {
  try {
    return parse(source, {
      bom: true,
      record_delimiter: ["\r\n", "\n", "\r"],
      relax_column_count: true,
      skip_empty_lines: true,
    }) as string[][];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const problem = problems[error.code] ?? "it is not valid CSV";
    const line = typeof error.lines === "number" ? ` (line ${error.lines})` : "";
    throw new Invalid(`The CSV cannot be read${line}: ${problem}.`, undefined, "invalid_csv");
  }
}
