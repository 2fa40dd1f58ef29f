// The CSV import page's pure helpers: the downloadable sample file, the size check made before a
// file is sent, line-end normalisation (so the text kept between preview and import stays the
// same size), and the summary of a preview.
import { stringify } from "csv-stringify/browser/esm/sync";
import { maxCsvBytes } from "@/lib/questions/schemas";

/** One CSV line (csv-stringify): fields with a comma, quote or line break are quoted, quotes doubled. */
export function csvLine(fields: readonly string[]): string {
  return stringify([[...fields]], { record_delimiter: "" });
}

export const sampleRow = ["What is 12 + 30?", "40", "42", "44", "32", "B", "easy"] as const;

/** A `data:` link to a sample CSV: the header and one example row. */
export function sampleCsvHref(columns: readonly string[], row: readonly string[] = sampleRow) {
  const text = `${csvLine(columns)}\r\n${csvLine(row)}\r\n`;
  return `data:text/csv;charset=utf-8,${encodeURIComponent(text)}`;
}

/** "1 MB", "250 KB", "12 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  return `${Number((bytes / 1_000_000).toFixed(1))} MB`;
}

/** Why a chosen file cannot be sent, or null. */
export function csvFileProblem(file: { size: number } | null | undefined, limit = maxCsvBytes) {
  if (!file) return "Choose a CSV file first.";
  if (file.size === 0) return "The file is empty.";
  if (file.size > limit)
    return `The file is ${formatBytes(file.size)}, over the ${formatBytes(limit)} limit.`;
  return null;
}

/** CRLF and lone CR become LF. Browsers send form text with CRLF; the import must not grow. */
export const normaliseLineEnds = (text: string) => text.replace(/\r\n?/g, "\n");

/** Size of text in UTF-8 bytes. */
export const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/** "3 problems in 2 rows" for the error table's heading. */
export function problemSummary(errors: readonly { row: number }[]): string {
  const rows = new Set(errors.map((error) => error.row)).size;
  const problems = `${errors.length} ${errors.length === 1 ? "problem" : "problems"}`;
  return `${problems} in ${rows} ${rows === 1 ? "row" : "rows"}`;
}

/** "Import 1 question" / "Import 12 questions". */
export const importLabel = (count: number) =>
  `Import ${count} ${count === 1 ? "question" : "questions"}`;
