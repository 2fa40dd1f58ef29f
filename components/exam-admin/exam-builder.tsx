"use client";
// The exam builder (new and edit): details, a schedule typed in the viewer's own time zone (sent
// as ISO 8601 with that zone's offset) with a live summary and countdown, and the question picker.
// Client checks mirror the server's; the server's refusals come back per field and as a summary,
// and each field's error goes as soon as that field is edited. "Open now" lets the server pick the
// time (its own clock). Once the exam has opened, what is fixed is shown read-only.
import Link from "next/link";
import {
  startTransition,
  useActionState,
  useEffect,
  useRef,
  useState,
  type FormEvent,
} from "react";
import { saveExamAction } from "@/app/(app)/admin/exams/actions";
import { LocalTime } from "@/components/ui/local-time";
import { PendingSubmitButton } from "@/components/ui/form-status";
import { describedBy, LabelledField } from "@/components/ui/labelled-field";
import { maxLevel } from "@/lib/exams/limits";
import { stageName } from "@/lib/exams/stage-label";
import type { FieldErrors } from "@/lib/errors";
import type { ExamStatus } from "@/lib/exams/status";
import {
  clientErrors,
  examFields,
  fieldLabels,
  shownErrors,
  type ExamFormState,
} from "./exam-form";
import { QuestionPicker, type BankPage } from "./question-picker";
import {
  examWindow,
  formatDuration,
  isoInZone,
  isoToLocalInput,
  localInputToIso,
  pastScheduleNote,
} from "./schedule";
import type { PickedQuestion } from "./selection";
import { useServerClock, useTimeZone } from "./use-clock";

export type BuilderExam = {
  id: number;
  title: string;
  stage: string;
  level: number;
  description: string;
  scheduled_date: string | null;
  countdown_minutes: number;
  open_duration_hours: number;
  is_active: boolean;
  status: ExamStatus;
};

const inputClass =
  "mt-1 w-full rounded border border-slate-300 bg-white px-3 py-2 aria-[invalid=true]:border-red-500";

export function ExamBuilder({
  exam,
  stages,
  initialSelected,
  initialBank,
  serverNow,
}: {
  /** The exam being edited; absent for a new one. */
  exam?: BuilderExam;
  stages: readonly string[];
  initialSelected: PickedQuestion[];
  initialBank: BankPage;
  serverNow: string;
}) {
  const [state, submit, saving] = useActionState<ExamFormState, FormData>(saveExamAction, {});
  const zone = useTimeZone();
  const hydrated = zone !== null;
  const now = useServerClock(serverNow);

  const [title, setTitle] = useState(exam?.title ?? "");
  const [stage, setStage] = useState(exam?.stage ?? stages[0] ?? "");
  const [level, setLevel] = useState(String(exam?.level ?? 1));
  const [description, setDescription] = useState(exam?.description ?? "");
  const [isActive, setIsActive] = useState(exam?.is_active ?? true);
  // null: untouched, so the saved schedule is sent back exactly as it was.
  const [scheduleInput, setScheduleInput] = useState<string | null>(null);
  const [countdown, setCountdown] = useState(String(exam?.countdown_minutes ?? 30));
  const [duration, setDuration] = useState(String(exam?.open_duration_hours ?? 24));
  const [selected, setSelected] = useState(initialSelected);
  // "Open now": the server schedules it at its own now when it saves.
  const [openNow, setOpenNow] = useState(false);
  // Whether the person has tried to save: from then on the browser's checks run live.
  const [attempted, setAttempted] = useState(false);
  // Fields edited since the server's last answer: its errors on them no longer apply.
  const [edited, setEdited] = useState<{ answer: ExamFormState; fields: Set<string> }>({
    answer: state,
    fields: new Set(),
  });
  const editedSinceServer = edited.answer === state ? edited.fields : new Set<string>();
  const noteEdit = (field: string) =>
    setEdited({ answer: state, fields: new Set([...editedSinceServer, field]) });
  const summaryRef = useRef<HTMLDivElement>(null);

  const initialIso = exam?.scheduled_date ?? null;
  const shownSchedule =
    scheduleInput ?? (initialIso && zone ? isoToLocalInput(initialIso, zone) : "");
  const scheduledIso =
    scheduleInput === null
      ? initialIso
      : scheduleInput === "" || !zone
        ? null
        : localInputToIso(scheduleInput, zone);
  const scheduleUnreadable = scheduleInput !== null && scheduleInput !== "" && !scheduledIso;
  const scheduleChanged =
    scheduleInput !== null &&
    (scheduledIso ? Date.parse(scheduledIso) : null) !==
      (initialIso ? Date.parse(initialIso) : null);
  const hours = /^\d+$/.test(duration) ? Number(duration) : null;
  const timing = scheduledIso && hours ? examWindow(scheduledIso, hours, now) : null;
  const pastNote =
    scheduledIso !== null && scheduleChanged && !openNow
      ? pastScheduleNote(scheduledIso, hours, now)
      : null;
  // Once opened, the exam's questions, stage, level, schedule and countdown are fixed; while it is
  // open its window may still grow.
  const locked = exam?.status === "ongoing" || exam?.status === "concluded";
  const windowLocked = exam?.status === "concluded";
  const minOpenHours = exam?.status === "ongoing" ? exam.open_duration_hours : 1;

  const values = {
    title,
    level,
    description,
    countdown_minutes: countdown,
    open_duration_hours: duration,
  };
  const client = attempted ? clientErrors(values, minOpenHours) : null;
  if (client && scheduleUnreadable)
    client.scheduled_date = ["Enter a whole date and time, or clear it."];
  const errors: FieldErrors = shownErrors({ client, server: state.errors, editedSinceServer });
  const hasErrors = Object.keys(errors).length > 0;
  const clientHasErrors = client !== null && Object.keys(client).length > 0;
  const serverFieldErrors = Object.keys(state.errors ?? {});
  const serverStillApplies =
    state.error !== undefined &&
    (serverFieldErrors.length === 0
      ? editedSinceServer.size === 0
      : serverFieldErrors.some((field) => !editedSinceServer.has(field)));
  const summaryError = clientHasErrors
    ? "Some fields need attention."
    : serverStillApplies
      ? state.error
      : undefined;

  // A refusal from the server moves focus to the summary, so it is read out and can be acted on.
  useEffect(() => {
    if (state.error) summaryRef.current?.focus();
  }, [state]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    const found = clientErrors(values, minOpenHours);
    if (scheduleUnreadable) found.scheduled_date = ["Enter a whole date and time, or clear it."];
    if (Object.keys(found).length > 0) {
      // Wait for the summary to render before moving focus to it.
      window.setTimeout(() => summaryRef.current?.focus(), 0);
      return;
    }
    const form = new FormData(event.currentTarget);
    startTransition(() => submit(form));
  };

  /** "Open now": shows the server's now in the field; the server uses its own clock on save. */
  const chooseOpenNow = () => {
    if (!zone) return;
    setScheduleInput(isoToLocalInput(isoInZone(now, zone), zone));
    setOpenNow(true);
    noteEdit("scheduled_date");
  };

  return (
    <form
      action={submit}
      onSubmit={onSubmit}
      noValidate
      className="mt-6 space-y-8"
      aria-describedby="builder-summary"
    >
      {exam ? <input type="hidden" name="exam_id" value={exam.id} /> : null}
      <input type="hidden" name="scheduled_date" value={scheduledIso ?? ""} />
      {openNow ? <input type="hidden" name="open_now" value="1" /> : null}

      <div
        id="builder-summary"
        ref={summaryRef}
        tabIndex={-1}
        role="alert"
        className={
          summaryError || hasErrors
            ? "rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-900"
            : undefined
        }
      >
        {summaryError || hasErrors ? (
          <>
            <p className="font-semibold" data-testid="builder-error">
              The exam was not saved. {summaryError}
            </p>
            {hasErrors ? (
              <ul className="mt-2 list-disc pl-5">
                {Object.entries(errors).map(([field, messages]) => (
                  <li key={field}>
                    {(examFields as readonly string[]).includes(field) ? (
                      <a href={`#${field}`} className="underline">
                        {fieldLabels[field as keyof typeof fieldLabels]}
                      </a>
                    ) : (
                      "Form"
                    )}
                    : {messages.join(" ")}
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
      </div>

      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">Details</legend>
        <LabelledField id="title" label="Title" errors={errors.title}>
          <input
            id="title"
            name="title"
            value={title}
            maxLength={200}
            required
            onChange={(event) => {
              setTitle(event.target.value);
              noteEdit("title");
            }}
            className={inputClass}
            {...describedBy("title", errors.title)}
          />
        </LabelledField>
        <div className="grid gap-4 sm:grid-cols-2">
          <LabelledField id="stage" label="Stage" errors={errors.stage}>
            {/* A disabled select is not sent: the fixed stage of an opened exam goes as a hidden field. */}
            {locked ? <input type="hidden" name="stage" value={stage} /> : null}
            <select
              id="stage"
              name={locked ? undefined : "stage"}
              value={stage}
              disabled={locked}
              onChange={(event) => {
                setStage(event.target.value);
                noteEdit("stage");
              }}
              className={`${inputClass} disabled:bg-slate-100`}
              {...describedBy("stage", errors.stage)}
            >
              {stages.map((option) => (
                <option key={option} value={option}>
                  {stageName(option)}
                </option>
              ))}
            </select>
          </LabelledField>
          <LabelledField
            id="level"
            label="Round (level)"
            errors={errors.level}
            hint={`A whole number from 1 to ${maxLevel}: league rounds count up week by week.`}
          >
            <input
              id="level"
              name="level"
              type="number"
              inputMode="numeric"
              min={1}
              max={maxLevel}
              step={1}
              value={level}
              readOnly={locked}
              onChange={(event) => {
                setLevel(event.target.value);
                noteEdit("level");
              }}
              className={`${inputClass} read-only:bg-slate-100`}
              {...describedBy("level", errors.level, true)}
            />
          </LabelledField>
        </div>
        <LabelledField id="description" label="Description (optional)" errors={errors.description}>
          <textarea
            id="description"
            name="description"
            rows={3}
            maxLength={5000}
            value={description}
            onChange={(event) => {
              setDescription(event.target.value);
              noteEdit("description");
            }}
            className={inputClass}
            {...describedBy("description", errors.description)}
          />
        </LabelledField>
        <div>
          <label className="flex items-center gap-2 text-sm font-medium">
            <input
              id="is_active"
              name="is_active"
              type="checkbox"
              checked={isActive}
              onChange={(event) => setIsActive(event.target.checked)}
              className="h-4 w-4"
              aria-describedby="is_active-hint"
            />
            Active
          </label>
          <p id="is_active-hint" className="mt-1 text-xs text-slate-600">
            A scheduled exam that is not active is cancelled: candidates cannot take it.
          </p>
          {errors.is_active?.length ? (
            <p className="mt-1 text-sm text-red-700">{errors.is_active.join(" ")}</p>
          ) : null}
        </div>
      </fieldset>

      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">Schedule</legend>
        {locked ? (
          <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
            {windowLocked
              ? "This exam has concluded: its schedule, timing, stage, round and questions can no longer change. Title, description and Active still can."
              : `This exam is open: its schedule, time per candidate, stage, round and questions can no longer change. Its window can still be extended (Open for, at least ${minOpenHours} hours); to close it now, use End now on the exam's page.`}
          </p>
        ) : null}
        <p className="text-sm text-slate-700" data-testid="time-zone">
          {zone ? (
            <>
              Times are in <strong>{zone}</strong> (this device’s time zone).
            </>
          ) : (
            "Detecting your time zone…"
          )}
        </p>
        <LabelledField
          id="scheduled_date"
          label="Opens at"
          errors={errors.scheduled_date}
          hint="Leave it empty to save a draft: a draft has no schedule and candidates do not see it."
        >
          <div className="mt-1 flex flex-wrap gap-2">
            <input
              id="scheduled_date"
              type="datetime-local"
              value={shownSchedule}
              disabled={!hydrated}
              readOnly={locked}
              onChange={(event) => {
                setScheduleInput(event.target.value);
                setOpenNow(false);
                noteEdit("scheduled_date");
              }}
              className="rounded border border-slate-300 bg-white px-3 py-2 read-only:bg-slate-100 aria-[invalid=true]:border-red-500"
              {...describedBy("scheduled_date", errors.scheduled_date, true)}
            />
            {locked ? null : (
              <>
                <button
                  type="button"
                  disabled={!hydrated}
                  onClick={chooseOpenNow}
                  className="rounded border border-slate-300 px-3 py-2 text-sm hover:bg-slate-100 disabled:opacity-60"
                >
                  Open now
                </button>
                <button
                  type="button"
                  disabled={!hydrated || shownSchedule === ""}
                  onClick={() => {
                    setScheduleInput("");
                    setOpenNow(false);
                    noteEdit("scheduled_date");
                  }}
                  className="rounded border border-slate-300 px-3 py-2 text-sm hover:bg-slate-100 disabled:opacity-60"
                >
                  Clear (make it a draft)
                </button>
              </>
            )}
          </div>
        </LabelledField>
        <div className="grid gap-4 sm:grid-cols-2">
          <LabelledField
            id="countdown_minutes"
            label="Time per candidate (minutes)"
            errors={errors.countdown_minutes}
            hint="How long each candidate has once they start: 1 to 600 minutes."
          >
            <input
              id="countdown_minutes"
              name="countdown_minutes"
              type="number"
              inputMode="numeric"
              min={1}
              max={600}
              step={1}
              value={countdown}
              readOnly={locked}
              onChange={(event) => {
                setCountdown(event.target.value);
                noteEdit("countdown_minutes");
              }}
              className={`${inputClass} read-only:bg-slate-100`}
              {...describedBy("countdown_minutes", errors.countdown_minutes, true)}
            />
          </LabelledField>
          <LabelledField
            id="open_duration_hours"
            label="Open for (hours)"
            errors={errors.open_duration_hours}
            hint={
              minOpenHours > 1
                ? `How long candidates can start it after it opens: ${minOpenHours} to 720 hours (it can be extended, not shortened).`
                : "How long candidates can start it after it opens: 1 to 720 hours."
            }
          >
            <input
              id="open_duration_hours"
              name="open_duration_hours"
              type="number"
              inputMode="numeric"
              min={minOpenHours}
              max={720}
              step={1}
              value={duration}
              readOnly={windowLocked}
              onChange={(event) => {
                setDuration(event.target.value);
                noteEdit("open_duration_hours");
              }}
              className={`${inputClass} read-only:bg-slate-100`}
              {...describedBy("open_duration_hours", errors.open_duration_hours, true)}
            />
          </LabelledField>
        </div>
        <div className="rounded bg-slate-50 p-3 text-sm" data-testid="schedule-summary">
          {!hydrated ? null : scheduleUnreadable ? (
            <p>Enter a whole date and time.</p>
          ) : openNow ? (
            <p data-testid="schedule-open-now">
              Opens as soon as you save (by the server’s clock)
              {hours ? `, and stays open for ${hours === 1 ? "1 hour" : `${hours} hours`}` : ""}.
            </p>
          ) : !scheduledIso ? (
            <p>No schedule: this exam will be saved as a draft.</p>
          ) : timing ? (
            <p>
              Opens <LocalTime iso={scheduledIso} /> · closes{" "}
              <LocalTime iso={new Date(timing.closesAt).toISOString()} /> ·{" "}
              <span role="timer" data-testid="schedule-countdown">
                {timing.phase === "before"
                  ? `opens in ${formatDuration(timing.remainingMs)}`
                  : timing.phase === "open"
                    ? `open now, closes in ${formatDuration(timing.remainingMs)}`
                    : "already closed"}
              </span>
            </p>
          ) : (
            <p>
              Opens <LocalTime iso={scheduledIso} />.
            </p>
          )}
          {pastNote ? (
            <p className="mt-2 font-medium text-amber-900" data-testid="schedule-past-note">
              {pastNote}
            </p>
          ) : null}
        </div>
      </fieldset>

      <QuestionPicker
        initialBank={initialBank}
        loadedAt={Date.parse(serverNow)}
        selected={selected}
        onChange={setSelected}
        errors={errors.questions}
        disabled={!hydrated || locked}
      />

      <div className="flex flex-wrap items-center gap-3">
        <PendingSubmitButton pending={saving} pendingText="Saving…" disabled={saving || !hydrated}>
          {exam ? "Save changes" : "Create exam"}
        </PendingSubmitButton>
        <Link
          href={exam ? `/admin/exams/${exam.id}` : "/admin/exams"}
          className="rounded border border-slate-300 px-4 py-2 hover:bg-slate-100"
        >
          Cancel
        </Link>
        <span role="status" aria-live="polite" className="text-sm text-slate-600">
          {saving ? "Saving the exam…" : ""}
        </span>
      </div>
    </form>
  );
}
