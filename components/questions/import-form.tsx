"use client";
// CSV import in two steps: choose a file and preview it (every row checked, nothing written),
// then import all rows at once — offered only when no row has an error, since the import is
// all-or-nothing. The previewed text is kept in the page and sent back for the import.
import Link from "next/link";
import { startTransition, useActionState, useRef, useState, type FormEvent } from "react";
import { importCsvAction, type ImportState } from "@/app/(app)/admin/questions/import/actions";
import { DataTable } from "@/components/ui/data-table";
import { FormStatus, PendingSubmitButton } from "@/components/ui/form-status";
import { useHydrated } from "@/components/verification/use-hydrated";
import { DifficultyBadge } from "./difficulty-badge";
import { csvFileProblem, importLabel, problemSummary } from "./import-logic";
import { truncate } from "./display";

type Intent = "preview" | "import";

function Count({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="mt-1 text-2xl font-bold" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

export function ImportForm() {
  const [state, run, pending] = useActionState<ImportState, FormData>(importCsvAction, {});
  const hydrated = useHydrated();
  const fileInput = useRef<HTMLInputElement>(null);
  const [intent, setIntent] = useState<Intent>("preview");
  const [localError, setLocalError] = useState<string>();
  // A new file was chosen since the last answer: its preview no longer applies.
  const [stale, setStale] = useState(false);
  // Each import empties the file field, so the same file is not imported twice by accident.
  const [imports, setImports] = useState(0);
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    setStale(false);
    if (state.imported) setImports((count) => count + 1);
  }

  const send = (form: FormData, next: Intent) => {
    setIntent(next);
    form.set("intent", next);
    startTransition(() => run(form));
  };

  const onPreview = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem = csvFileProblem(fileInput.current?.files?.[0]);
    setLocalError(problem ?? undefined);
    if (problem) {
      fileInput.current?.focus();
      return;
    }
    send(new FormData(event.currentTarget), "preview");
  };

  const onImport = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    send(new FormData(event.currentTarget), "import");
  };

  const outcome = stale ? undefined : state.outcome;
  const canImport = Boolean(
    outcome && state.csv && outcome.errors.length === 0 && outcome.valid > 0,
  );
  const working = pending
    ? intent === "preview"
      ? "Checking the file…"
      : "Importing the questions…"
    : undefined;

  return (
    <div className="space-y-6">
      <form
        key={imports}
        onSubmit={onPreview}
        noValidate
        className="space-y-3 rounded-lg border border-slate-200 bg-white p-6"
        aria-describedby="import-status"
      >
        <div>
          <label htmlFor="file" className="block text-sm font-medium">
            CSV file
          </label>
          <input
            ref={fileInput}
            id="file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            required
            aria-describedby="file-hint"
            onChange={() => {
              setStale(true);
              setLocalError(undefined);
            }}
            className="mt-1 block w-full text-sm file:mr-3 file:rounded file:border file:border-slate-300 file:bg-slate-50 file:px-3 file:py-2 file:hover:bg-slate-100"
          />
          <p id="file-hint" className="mt-1 text-xs text-slate-500">
            Nothing is saved until you import; the preview only checks the file.
          </p>
        </div>
        <PendingSubmitButton
          pending={pending && intent === "preview"}
          pendingText="Checking…"
          disabled={pending || !hydrated}
        >
          Preview
        </PendingSubmitButton>
      </form>

      <FormStatus
        id="import-status"
        error={localError ?? (stale ? undefined : state.error)}
        done={
          working ??
          (state.imported
            ? `Imported ${state.imported} ${state.imported === 1 ? "question" : "questions"}.`
            : undefined)
        }
        errorTestId="import-error"
        doneTestId="import-done"
      />
      {state.imported && !pending ? (
        <p>
          <Link href="/admin/questions" className="font-medium text-brand-700 underline">
            Go to the question bank
          </Link>
        </p>
      ) : null}

      {outcome ? (
        <section aria-labelledby="preview-heading" className="space-y-4">
          <h2 id="preview-heading" className="text-lg font-semibold">
            Preview{state.fileName ? ` of ${state.fileName}` : ""}
          </h2>
          <dl className="grid gap-4 sm:grid-cols-3">
            <Count label="Rows" value={outcome.rows} testId="import-rows" />
            <Count label="Valid rows" value={outcome.valid} testId="import-valid" />
            <Count
              label="Rows with errors"
              value={new Set(outcome.errors.map((error) => error.row)).size}
              testId="import-invalid"
            />
          </dl>

          {outcome.errors.length > 0 ? (
            <div>
              <h3 className="font-semibold text-red-800">{problemSummary(outcome.errors)}</h3>
              <p className="text-sm text-slate-600">
                Rows are numbered from the first line after the header. Fix the file and preview it
                again: the import takes every row or none.
              </p>
              <DataTable
                caption="Problems in the file"
                columns={[
                  { header: "Row", cell: (error) => error.row },
                  { header: "Field", cell: (error) => <code>{error.field}</code> },
                  { header: "Problem", cell: (error) => error.message },
                ]}
                rows={outcome.errors.map((error, position) => ({ ...error, position }))}
                rowKey={(error) => String(error.position)}
                rowTestId="import-error-row"
              />
            </div>
          ) : null}

          {outcome.preview.length > 0 ? (
            <div>
              <h3 className="font-semibold">
                {outcome.preview.length < outcome.valid
                  ? `The first ${outcome.preview.length} valid rows`
                  : "Valid rows"}
              </h3>
              <DataTable
                caption="Questions that would be imported"
                columns={[
                  { header: "Question", cell: (row) => truncate(row.text, 80) },
                  {
                    header: "Options",
                    cell: (row) =>
                      [row.option_a, row.option_b, row.option_c, row.option_d]
                        .map((option, index) => `${"ABCD"[index]}: ${truncate(option, 24)}`)
                        .join(" · "),
                  },
                  { header: "Correct", cell: (row) => row.correct_answer },
                  {
                    header: "Difficulty",
                    cell: (row) => <DifficultyBadge difficulty={row.difficulty} />,
                  },
                ]}
                rows={outcome.preview.map((row, position) => ({ ...row, position }))}
                rowKey={(row) => String(row.position)}
                rowTestId="import-preview-row"
              />
            </div>
          ) : null}

          <form onSubmit={onImport} className="space-y-2">
            <button
              type="submit"
              data-testid="import-commit"
              disabled={!canImport || pending || !hydrated}
              aria-describedby="import-commit-hint"
              className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:opacity-60"
            >
              {pending && intent === "import" ? "Importing…" : importLabel(outcome.valid)}
            </button>
            <p id="import-commit-hint" className="text-sm text-slate-600">
              {outcome.errors.length > 0
                ? "Import is not available while any row has an error."
                : outcome.valid === 0
                  ? "The file has no rows to import."
                  : "All rows are added in one step."}
            </p>
          </form>
        </section>
      ) : null}
    </div>
  );
}
