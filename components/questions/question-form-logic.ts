// The question editor's rules, shared by the browser (checks as you type) and the server actions
// (the same checks before calling the domain): the schema the API validates with, plus the
// "all four options differ" rule that lib/questions/question-items.ts applies.
import { questionFieldNames } from "@/lib/questions/field-names";
import { optionFields, questionFields, type QuestionFields } from "@/lib/questions/schemas";
import type { FieldErrors } from "@/lib/errors";

/** What the editor holds: every field as typed (the correct answer and difficulty may be unset). */
export type QuestionDraft = Record<keyof QuestionFields, string>;

export const emptyDraft: QuestionDraft = {
  text: "",
  option_a: "",
  option_b: "",
  option_c: "",
  option_d: "",
  correct_answer: "",
  difficulty: "",
};

/** "option_b" → "B". */
export const optionLetter = (field: (typeof optionFields)[number]) => field.slice(-1).toUpperCase();

/** The draft of a saved question, for editing it. */
export function draftOf(question: QuestionFields): QuestionDraft {
  const draft = { ...emptyDraft };
  for (const name of questionFieldNames) draft[name] = question[name];
  return draft;
}

/** The editor's fields from a submitted form (anything missing or not text counts as empty). */
export function draftFromForm(form: FormData): QuestionDraft {
  const draft = { ...emptyDraft };
  for (const name of questionFieldNames) {
    const value = form.get(name);
    draft[name] = typeof value === "string" ? value : "";
  }
  return draft;
}

/** Field errors when two options are the same, trimmed and ignoring case (the server's rule). */
export function duplicateOptions(draft: QuestionDraft): FieldErrors {
  const errors: FieldErrors = {};
  const seen = new Map<string, string>();
  for (const field of optionFields) {
    const key = draft[field].trim().toLowerCase();
    if (key === "") continue;
    const first = seen.get(key);
    if (first) errors[field] = [`Must differ from option ${optionLetter(first as typeof field)}.`];
    else seen.set(key, field);
  }
  return errors;
}

const unchosen: Partial<Record<keyof QuestionFields, string>> = {
  correct_answer: "Choose the correct answer.",
  difficulty: "Choose a difficulty.",
};

/** The checked question, or its errors by field (each field's first problem). */
export function checkQuestion(
  draft: QuestionDraft,
): { ok: true; fields: QuestionFields } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const parsed = questionFields.safeParse(draft);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "text");
      if (errors[field]) continue;
      const name = field as keyof QuestionFields;
      errors[field] = [draft[name] === "" && unchosen[name] ? unchosen[name] : issue.message];
    }
  }
  for (const [field, messages] of Object.entries(duplicateOptions(draft)))
    errors[field] ??= messages;
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, fields: parsed.data };
  return { ok: false, errors };
}

/** The first field (in form order) that has an error, to move focus to. */
export function firstInvalidField(errors: FieldErrors): keyof QuestionFields | undefined {
  return questionFieldNames.find((name) => (errors[name]?.length ?? 0) > 0);
}

/** What the editor and its server actions say when some fields need attention. */
export const fieldsNeedAttention = "Some fields need attention; see the messages under them.";

/** The state of a question editor's server action. */
export type QuestionFormState = {
  error?: string;
  done?: string;
  errors?: FieldErrors;
};
