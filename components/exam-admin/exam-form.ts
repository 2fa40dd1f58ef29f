// The exam builder's form contract, shared by the client form and its server action: the field
// names, reading FormData into the shape lib/exams/schemas.ts examBody parses, the client-side
// checks that mirror the server's, and turning a refusal into the form's error state. Pure.
import { maxLevel } from "@/lib/exams/limits";
import type { FieldErrors } from "@/lib/errors";

export const examFields = [
  "title",
  "stage",
  "level",
  "description",
  "scheduled_date",
  "countdown_minutes",
  "open_duration_hours",
  "is_active",
  "questions",
] as const;
export type ExamField = (typeof examFields)[number];

/** What the summary calls each field; the key is also the id of the field's control. */
export const fieldLabels: Record<ExamField, string> = {
  title: "Title",
  stage: "Stage",
  level: "Level",
  description: "Description",
  scheduled_date: "Opens at",
  countdown_minutes: "Countdown (minutes)",
  open_duration_hours: "Open for (hours)",
  is_active: "Active",
  questions: "Questions",
};

export type ExamFormState = {
  error?: string;
  errors?: FieldErrors;
  code?: string;
};

const numberOrUndefined = (value: FormDataEntryValue | null) => {
  const text = typeof value === "string" ? value.trim() : "";
  return text === "" ? undefined : Number(text);
};

/**
 * The builder's FormData as examBody's input (numbers as numbers, an empty schedule as null).
 * "Open now" (`open_now=1`) schedules it at `now`, the server's clock, so it opens at once however
 * far the staff member's own clock is off.
 */
export function examFormToInput(form: FormData, now?: Date): Record<string, unknown> {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const scheduled =
    text("open_now") === "1" && now ? now.toISOString() : text("scheduled_date").trim();
  return {
    title: text("title"),
    stage: text("stage"),
    level: numberOrUndefined(form.get("level")),
    description: text("description"),
    scheduled_date: scheduled === "" ? null : scheduled,
    countdown_minutes: numberOrUndefined(form.get("countdown_minutes")),
    open_duration_hours: numberOrUndefined(form.get("open_duration_hours")),
    is_active: ["on", "true"].includes(text("is_active")),
    questions: form
      .getAll("questions")
      .map((value) => Number(value))
      .filter((value) => Number.isFinite(value)),
  };
}

/** Zod's issues as field errors keyed by the top-level field (the API's `errors` shape). */
export function issuesToFieldErrors(
  issues: { path: readonly PropertyKey[]; message: string }[],
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? "non_field_errors");
    const list = (errors[key] ??= []);
    if (!list.includes(issue.message)) list.push(issue.message);
  }
  return errors;
}

export const inProgressExplanation =
  "This exam has already opened, so its questions, stage, round, schedule and time per candidate " +
  "are fixed: candidates may have started it, and changing them would change the exam under " +
  "them. You can still change the title, description and whether it is active (unticking Active " +
  "cancels it), and, while it is open, extend its window. Put the other fields back as they " +
  "were, or duplicate the exam to make a new draft with different ones.";

/** The form state for a refusal from the domain layer (an ApiError with status < 500). */
export function refusalState(error: {
  status: number;
  code: string;
  message: string;
  errors?: FieldErrors;
}): ExamFormState {
  if (error.code === "exam_in_progress") {
    return { code: error.code, error: inProgressExplanation, errors: error.errors };
  }
  if (error.status === 404) {
    return { code: error.code, error: "This exam no longer exists (it may have been deleted)." };
  }
  return { code: error.code, error: error.message, errors: error.errors };
}

export type ClientValues = {
  title: string;
  level: string;
  description: string;
  countdown_minutes: string;
  open_duration_hours: string;
};

const wholeIn = (value: string, min: number, max: number) =>
  /^\d+$/.test(value.trim()) && Number(value) >= min && Number(value) <= max;

/**
 * The checks the server makes that the browser can make first (the server still decides).
 * `minOpenHours`: an open exam's window can only be extended.
 */
export function clientErrors(values: ClientValues, minOpenHours = 1): FieldErrors {
  const errors: FieldErrors = {};
  if (values.title.trim() === "") errors.title = ["Give the exam a title."];
  else if (values.title.trim().length > 200) errors.title = ["At most 200 characters."];
  if (!wholeIn(values.level, 1, maxLevel)) errors.level = [`A whole number from 1 to ${maxLevel}.`];
  if (values.description.length > 5000) errors.description = ["At most 5000 characters."];
  if (!wholeIn(values.countdown_minutes, 1, 600)) {
    errors.countdown_minutes = ["A whole number of minutes from 1 to 600."];
  }
  if (!wholeIn(values.open_duration_hours, 1, 720)) {
    errors.open_duration_hours = ["A whole number of hours from 1 to 720."];
  } else if (Number(values.open_duration_hours) < minOpenHours) {
    errors.open_duration_hours = [
      `At least ${minOpenHours}: the window of an open exam can be extended, not shortened. To close it now, use End now on the exam's page.`,
    ];
  }
  return errors;
}

/**
 * The field errors the builder shows: once the person has tried to save, the browser's checks on
 * the current values (so an error goes as soon as the field is put right), then the server's last
 * answer for the fields not edited since.
 */
export function shownErrors({
  client,
  server,
  editedSinceServer,
}: {
  client: FieldErrors | null;
  server: FieldErrors | undefined;
  editedSinceServer: ReadonlySet<string>;
}): FieldErrors {
  const shown: FieldErrors = { ...client };
  for (const [field, messages] of Object.entries(server ?? {})) {
    if (!editedSinceServer.has(field) && !shown[field]) shown[field] = messages;
  }
  return shown;
}
