// A small RFC 4180 CSV reader for the question import: quoted fields (commas, newlines and ""
// inside quotes), CRLF or LF line ends, a leading BOM. Blank lines are dropped.
import { Invalid } from "@/lib/errors";

/** Records of fields; a blank line (one empty, unquoted field) is not a record. */
export function parseCsv(source: string): string[][] {
  const text = source.startsWith("\uFEFF") ? source.slice(1) : source;
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let wasQuoted = false;
  let index = 0;
  const endRecord = () => {
    record.push(field);
    if (!(record.length === 1 && record[0] === "" && !wasQuoted)) records.push(record);
    record = [];
    field = "";
    wasQuoted = false;
  };
  while (index < text.length) {
    const character = text[index]!;
    if (quoted) {
      if (character === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index += 2;
          continue;
        }
        quoted = false;
      } else field += character;
      index += 1;
      continue;
    }
    if (character === '"' && field === "") {
      quoted = true;
      wasQuoted = true;
    } else if (character === ",") {
      record.push(field);
      field = "";
    } else if (character === "\r" && text[index + 1] === "\n") {
      endRecord();
      index += 1;
    } else if (character === "\n" || character === "\r") endRecord();
    else field += character;
    index += 1;
  }
  if (quoted)
    throw new Invalid("The CSV has a quoted field that is never closed.", undefined, "invalid_csv");
  if (field !== "" || record.length > 0 || wasQuoted) endRecord();
  return records;
}
