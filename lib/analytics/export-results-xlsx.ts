// An exam's results as an Excel workbook (exceljs's streaming writer): the same header and rows
// as the CSV (export-results.ts), typed — numbers as numbers, the submission time as a date —
// written batch by batch into a zip stream that the response reads as it is made, so that a large
// exam never sits in memory whole. Strings are written inline, never as formulas.
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import type { Context } from "@/lib/context";
import { resultTable } from "./export-results";

const widths: Record<string, number> = {
  rank: 6,
  first_name: 16,
  last_name: 16,
  email: 32,
  score: 8,
  time_used_seconds: 18,
  submitted_at: 20,
};

/** The workbook's bytes, chunk by chunk; an error while writing ends the stream with it. */
export async function* resultsXlsx(
  ctx: Context,
  examId: number,
  batchSize = 1000,
): AsyncGenerator<Uint8Array> {
  const { header, batches } = await resultTable(ctx, examId, batchSize);
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet("Results", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = header.map((key) => ({
    header: key,
    key,
    width: widths[key] ?? 5,
    ...(key === "submitted_at" ? { style: { numFmt: "yyyy-mm-dd hh:mm:ss" } } : {}),
  }));
  const written = (async () => {
    for await (const batch of batches) {
      for (const cells of batch) sheet.addRow(cells).commit();
      // Let the response read what is ready before the next batch is written.
      await new Promise((resolve) => setImmediate(resolve));
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => {
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  try {
    for await (const chunk of output) yield chunk as Uint8Array;
    await written;
  } finally {
    // A download stopped early: stop writing (the writer's own error is caught above).
    if (!output.readableEnded) output.destroy();
  }
}
