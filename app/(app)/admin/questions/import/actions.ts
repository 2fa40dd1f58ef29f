"use server";
// Server action of the CSV import page: "preview" reads the uploaded file and checks every row
// (nothing is written); "import" inserts all rows of the previewed text or none
// (POST /questions/import/ with commit=false / commit=true). The previewed text travels in the
// action's state, which React sends back with the next call; it is not also sent as a form
// field, so the import step's body is about the file's size once (next.config.ts sets the
// actions' body limit with that in mind).
import { revalidatePath } from "next/cache";
import { csvFileProblem, normaliseLineEnds, utf8Bytes } from "@/components/questions/import-logic";
import { importQuestions, type ImportOutcome } from "@/lib/questions/import";
import { maxCsvBytes } from "@/lib/questions/schemas";
import { refusal, staffActionContext } from "@/app/(app)/admin/action-context";
import { questionBankActionRefused } from "../access";
import { withTextRule } from "@/lib/http/with-text-rule";

export type ImportState = {
  error?: string;
  /** The last preview, and the text it was made from (kept for the import step). */
  outcome?: Omit<ImportOutcome, "created">;
  csv?: string;
  fileName?: string;
  /** How many questions the import created. */
  imported?: number;
};

async function readUpload(
  form: FormData,
  previous: ImportState,
): Promise<{ csv: string; fileName?: string } | { error: string }> {
  if (form.get("intent") === "import") {
    const csv = normaliseLineEnds(String(previous.csv ?? ""));
    if (!csv) return { error: "Preview a CSV file first." };
    if (utf8Bytes(csv) > maxCsvBytes) return { error: "The CSV is larger than 1 MB." };
    return { csv, fileName: previous.fileName || undefined };
  }
  const file = form.get("file");
  const upload = file instanceof File && file.name !== "" ? file : null;
  const problem = csvFileProblem(upload);
  if (problem || !upload) return { error: problem ?? "Choose a CSV file first." };
  return { csv: normaliseLineEnds(await upload.text()), fileName: upload.name };
}

export const importCsvAction = withTextRule(async function importCsvAction(
  previous: ImportState,
  form: FormData,
): Promise<ImportState> {
  const context = await staffActionContext("questions:manage", questionBankActionRefused);
  if ("error" in context) return context;
  const upload = await readUpload(form, previous);
  if ("error" in upload) return upload;
  const commit = form.get("intent") === "import";
  let outcome: ImportOutcome;
  try {
    outcome = await importQuestions({ ctx: context.ctx, input: { csv: upload.csv, commit } });
  } catch (error) {
    return { error: refusal(error).error };
  }
  const { created, ...preview } = outcome;
  if (created > 0) {
    revalidatePath("/admin/questions");
    return { imported: created, fileName: upload.fileName };
  }
  const state: ImportState = { outcome: preview, csv: upload.csv, fileName: upload.fileName };
  if (commit)
    state.error =
      preview.errors.length > 0
        ? "Some rows are invalid; nothing was imported."
        : "The file has no questions to import.";
  return state;
});
