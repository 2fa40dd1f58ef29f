"use client";
// The question editor: text, options A–D, correct answer and difficulty, with a live preview of
// what candidates see. The server's checks run here first (question-form-logic.ts); the server
// action checks again and its per-field errors show under the fields they concern.
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { FormStatus, PendingSubmitButton } from "@/components/ui/form-status";
import {
  describedBy,
  FieldErrorList,
  FieldHint,
  LabelledField,
} from "@/components/ui/labelled-field";
import { useHydrated } from "@/components/verification/use-hydrated";
import { answerOptions, difficulties, optionFields } from "@/lib/questions/schemas";
import {
  checkQuestion,
  fieldsNeedAttention,
  firstInvalidField,
  optionLetter,
  type QuestionDraft,
  type QuestionFormState,
} from "./question-form-logic";
import { QuestionPreview } from "./question-preview";

type FieldName = keyof QuestionDraft;

const inputClass =
  "mt-1 w-full rounded border border-slate-300 bg-white px-3 py-2 aria-[invalid=true]:border-red-500";

export function QuestionForm({
  action,
  initial,
  questionId,
  savedNotice,
  answerHint,
}: {
  action: (previous: QuestionFormState, form: FormData) => Promise<QuestionFormState>;
  initial: QuestionDraft;
  /** Set when editing a saved question. */
  questionId?: number;
  /** Said at first, e.g. "Saved." after creating redirected here. */
  savedNotice?: string;
  answerHint?: string;
}) {
  const [state, submit, saving] = useActionState<QuestionFormState, FormData>(
    action,
    savedNotice ? { done: savedNotice } : {},
  );
  const hydrated = useHydrated();
  const [draft, setDraft] = useState(initial);
  // Whether Save was tried: only then do the browser's checks show, and then live.
  const [attempted, setAttempted] = useState(false);
  // Fields changed since the server's last answer: its errors (and "Saved") no longer apply.
  const [edited, setEdited] = useState<ReadonlySet<FieldName>>(new Set());
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    setEdited(new Set());
    setAttempted(false);
  }

  const checked = checkQuestion(draft);
  const clientErrors = checked.ok ? {} : checked.errors;
  const errorsOf = (name: FieldName) =>
    (attempted ? clientErrors[name] : undefined) ??
    (edited.has(name) ? undefined : state.errors?.[name]);

  const change = (name: FieldName, value: string) => {
    setDraft((current) => ({ ...current, [name]: value }));
    setEdited((current) => (current.has(name) ? current : new Set(current).add(name)));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    if (!checked.ok) {
      const first = firstInvalidField(checked.errors);
      const target = first === "correct_answer" ? "correct_answer-A" : first;
      if (target) document.getElementById(target)?.focus();
      return;
    }
    const form = new FormData(event.currentTarget);
    startTransition(() => submit(form));
  };

  const blocked = attempted && !checked.ok;
  const error = blocked
    ? fieldsNeedAttention
    : edited.size > 0 && state.errors
      ? undefined
      : state.error;
  const done = edited.size > 0 ? undefined : state.done;
  const answerErrors = errorsOf("correct_answer");

  return (
    <div className="grid gap-8 lg:grid-cols-2 lg:items-start">
      <form
        action={submit}
        onSubmit={onSubmit}
        noValidate
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-6"
        aria-describedby="question-status"
      >
        {questionId ? <input type="hidden" name="id" value={questionId} /> : null}
        <LabelledField id="text" label="Question text" errors={errorsOf("text")}>
          <textarea
            id="text"
            name="text"
            required
            rows={4}
            maxLength={2000}
            value={draft.text}
            onChange={(event) => change("text", event.target.value)}
            className={inputClass}
            {...describedBy("text", errorsOf("text"))}
          />
        </LabelledField>

        <div className="grid gap-4 sm:grid-cols-2">
          {optionFields.map((name) => (
            <LabelledField
              key={name}
              id={name}
              label={`Option ${optionLetter(name)}`}
              errors={errorsOf(name)}
            >
              <input
                id={name}
                name={name}
                required
                maxLength={500}
                autoComplete="off"
                value={draft[name]}
                onChange={(event) => change(name, event.target.value)}
                className={inputClass}
                {...describedBy(name, errorsOf(name))}
              />
            </LabelledField>
          ))}
        </div>

        <fieldset
          aria-describedby={
            describedBy("correct_answer", answerErrors, Boolean(answerHint))["aria-describedby"]
          }
        >
          <legend className="text-sm font-medium">Correct answer</legend>
          <div className="mt-1 flex flex-wrap gap-2">
            {answerOptions.map((letter) => (
              <label
                key={letter}
                className="flex cursor-pointer items-center gap-2 rounded border border-slate-300 px-3 py-2 has-checked:border-green-600 has-checked:bg-green-50"
              >
                <input
                  type="radio"
                  id={`correct_answer-${letter}`}
                  name="correct_answer"
                  value={letter}
                  required
                  checked={draft.correct_answer === letter}
                  onChange={() => change("correct_answer", letter)}
                  aria-invalid={answerErrors?.length ? true : undefined}
                />
                {letter}
              </label>
            ))}
          </div>
          {answerHint ? <FieldHint id="correct_answer">{answerHint}</FieldHint> : null}
          <FieldErrorList id="correct_answer" errors={answerErrors} />
        </fieldset>

        <LabelledField id="difficulty" label="Difficulty" errors={errorsOf("difficulty")}>
          <select
            id="difficulty"
            name="difficulty"
            required
            value={draft.difficulty}
            onChange={(event) => change("difficulty", event.target.value)}
            className={`${inputClass} capitalize sm:w-60`}
            {...describedBy("difficulty", errorsOf("difficulty"))}
          >
            <option value="" disabled>
              Choose a difficulty
            </option>
            {difficulties.map((difficulty) => (
              <option key={difficulty} value={difficulty}>
                {difficulty}
              </option>
            ))}
          </select>
        </LabelledField>

        <FormStatus
          id="question-status"
          error={error}
          done={done}
          errorTestId="question-error"
          doneTestId="question-done"
        />
        <PendingSubmitButton pending={saving} pendingText="Saving…" disabled={saving || !hydrated}>
          Save question
        </PendingSubmitButton>
      </form>

      <div className="lg:sticky lg:top-6">
        <QuestionPreview draft={draft} />
      </div>
    </div>
  );
}
