"use client";
// Manual score entry on the exam page: a candidate (those with a score first, with it), a score
// from 0 to 100, and the API's message announced. "Change score" in a results row preselects that
// candidate here (via the `candidate` search parameter, so it works without JavaScript too).
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { submitScoreAction, type ScoreEntryState } from "@/app/(app)/admin/exams/[id]/actions";
import { FormStatus, PendingSubmitButton } from "@/components/ui/form-status";

export type ScoreCandidate = { id: string; label: string; score: number | null };

const inputClass =
  "mt-1 w-full rounded border border-slate-300 bg-white px-3 py-2 aria-[invalid=true]:border-red-500";

export function ScoreEntryForm({
  examId,
  scored,
  others,
  preselected,
}: {
  examId: number;
  scored: ScoreCandidate[];
  others: ScoreCandidate[];
  preselected?: string;
}) {
  const [state, submit, saving] = useActionState<ScoreEntryState, FormData>(submitScoreAction, {});
  const all = [...scored, ...others];
  const [candidate, setCandidate] = useState(
    preselected && all.some((entry) => entry.id === preselected) ? preselected : "",
  );
  const current = all.find((entry) => entry.id === candidate);
  const errors = state.errors ?? {};

  // Submitting by hand keeps the choice and the score when the server refuses them.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => submit(form));
  };

  return (
    <form
      action={submit}
      onSubmit={onSubmit}
      noValidate
      className="grid gap-4 sm:grid-cols-3 sm:items-start"
      aria-describedby="score-entry-status"
      data-testid="score-entry-form"
    >
      <input type="hidden" name="exam_id" value={examId} />
      <div className="sm:col-span-2">
        <label htmlFor="score-candidate" className="block text-sm font-medium">
          Candidate
        </label>
        <select
          id="score-candidate"
          name="candidate_id"
          value={candidate}
          onChange={(event) => setCandidate(event.target.value)}
          aria-invalid={errors.candidate_id ? true : undefined}
          aria-describedby={errors.candidate_id ? "score-candidate-errors" : undefined}
          className={inputClass}
        >
          <option value="">Choose a candidate</option>
          {scored.length > 0 ? (
            <optgroup label="Have a score (change it)">
              {scored.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.label} — now {entry.score}
                </option>
              ))}
            </optgroup>
          ) : null}
          {others.length > 0 ? (
            <optgroup label="No score yet">
              {others.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.label}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
        {errors.candidate_id ? (
          <p id="score-candidate-errors" className="mt-1 text-sm text-red-700">
            {errors.candidate_id.join(" ")}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="score-value" className="block text-sm font-medium">
          Score (0–100)
        </label>
        <input
          id="score-value"
          name="score"
          type="number"
          inputMode="decimal"
          min={0}
          max={100}
          step={0.01}
          required
          aria-invalid={errors.score ? true : undefined}
          aria-describedby={errors.score ? "score-value-errors" : "score-value-hint"}
          className={inputClass}
        />
        {errors.score ? (
          <p id="score-value-errors" className="mt-1 text-sm text-red-700">
            {errors.score.join(" ")}
          </p>
        ) : (
          <p id="score-value-hint" className="mt-1 text-xs text-slate-600">
            {current?.score != null
              ? `Replaces ${current.score}; the score becomes a manual one.`
              : "Up to two decimals."}
          </p>
        )}
      </div>
      <div className="sm:col-span-3">
        <PendingSubmitButton pending={saving} pendingText="Saving score…">
          Save score
        </PendingSubmitButton>
        <div className="mt-2">
          <FormStatus
            id="score-entry-status"
            error={state.error}
            done={state.done}
            errorTestId="score-entry-error"
            doneTestId="score-entry-done"
          />
        </div>
      </div>
    </form>
  );
}
