// POST /api/v1/questions/import/ — CSV import: preview (default) or commit all rows at once.
import { z } from "zod";
import { Invalid } from "@/lib/errors";
import { defineRoute } from "@/lib/http/define-route";
import { importQuestions } from "@/lib/questions/import";
import { importBody, importResult, maxCsvBytes } from "@/lib/questions/schemas";

export const POST = defineRoute(
  {
    summary: "Import questions from CSV",
    description:
      "Header: text,option_a,option_b,option_c,option_d,correct_answer,difficulty. commit=false " +
      "(default) only checks and previews (200). commit=true inserts every row in one " +
      "transaction (201), or nothing when any row is broken (400 invalid_csv with row_errors).",
    tags: ["Questions"],
    permission: "questions:manage",
    body: importBody,
    multipart: {
      fields: z.object({ file: z.any(), commit: z.enum(["true", "false"]).optional() }),
      maxBytes: maxCsvBytes + 64_000,
    },
    response: importResult,
    errors: [413],
  },
  async ({ ctx, body, form }) => {
    let input: { csv: string; commit: boolean };
    if (form) {
      const file = form.get("file");
      if (!(file instanceof Blob))
        throw new Invalid("Attach the CSV as file.", { file: ["This field is required."] });
      if (file.size > maxCsvBytes)
        throw new Invalid("The CSV is larger than 1 MB.", { file: ["At most 1 MB."] });
      const commit = form.get("commit");
      if (commit !== null && commit !== "true" && commit !== "false")
        throw new Invalid("commit must be true or false.", { commit: ["Use true or false."] });
      input = { csv: await file.text(), commit: commit === "true" };
    } else input = body;
    const outcome = await importQuestions({ ctx, input });
    if (input.commit && outcome.errors.length > 0) {
      const errors: Record<string, string[]> = {};
      for (const error of outcome.errors)
        (errors[`row_${error.row}.${error.field}`] ??= []).push(error.message);
      return Response.json(
        {
          detail: "Some rows are invalid; nothing was imported.",
          code: "invalid_csv",
          errors,
          rows: outcome.rows,
          valid: outcome.valid,
          row_errors: outcome.errors,
        },
        { status: 400 },
      );
    }
    if (outcome.created > 0) return Response.json(importResult.parse(outcome), { status: 201 });
    return outcome;
  },
);

export * from "@/lib/http/unserved-methods";
