// Import questions from a CSV file: the expected columns and limits, a sample file to start from,
// and the preview-then-import form.
import type { Metadata } from "next";
import { StaffPage } from "@/components/ui/staff-page";
import { ImportForm } from "@/components/questions/import-form";
import { formatBytes, sampleCsvHref } from "@/components/questions/import-logic";
import { csvColumns, maxImportRows } from "@/lib/questions/import";
import { maxCsvBytes } from "@/lib/questions/schemas";
import { staffPageContext } from "@/app/(app)/admin/staff-page";
import { questionBankRefusal } from "../access";

export const metadata: Metadata = { title: "Import questions" };

export default async function ImportQuestionsPage() {
  const page = await staffPageContext("questions:manage", {
    ...questionBankRefusal,
    title: "You can't import questions",
  });
  if ("noAccess" in page) return page.noAccess;
  return (
    <StaffPage title="Import questions" back={{ href: "/admin/questions", label: "Question bank" }}>
      <section
        aria-labelledby="format-heading"
        className="mt-6 rounded-lg border border-slate-200 bg-white p-6 text-sm"
      >
        <h2 id="format-heading" className="text-base font-semibold">
          The file
        </h2>
        <p className="mt-2">
          A CSV file whose first line names these columns (in any order):{" "}
          <span data-testid="csv-columns">
            {csvColumns.map((column, index) => (
              <span key={column}>
                {index > 0 ? ", " : ""}
                <code className="rounded bg-slate-100 px-1">{column}</code>
              </span>
            ))}
          </span>
          .
        </p>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700">
          <li>
            <code>correct_answer</code> is A, B, C or D; <code>difficulty</code> is easy, moderate
            or hard. The four options of a row must differ.
          </li>
          <li>
            At most {maxImportRows.toLocaleString("en")} rows and {formatBytes(maxCsvBytes)}. Quote
            fields that contain commas, quotes or line breaks.
          </li>
          <li>All rows are imported together, or none: a file with any broken row is refused.</li>
        </ul>
        <p className="mt-3">
          <a
            href={sampleCsvHref(csvColumns)}
            download="questions-sample.csv"
            className="font-medium text-brand-700 underline"
          >
            Download a sample CSV
          </a>
        </p>
      </section>

      <div className="mt-6">
        <ImportForm />
      </div>
    </StaffPage>
  );
}
