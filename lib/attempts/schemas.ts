// Request and response shapes for taking an exam: the take-exam payload, autosave and submit.
import { z } from "zod";

export const examIdParams = z.object({ id: z.coerce.number().int().positive().max(2147483647) });
export const examQuestionParams = z.object({
  id: z.coerce.number().int().positive().max(2147483647),
  questionId: z.coerce.number().int().positive().max(2147483647),
});

/** "" is an explicit "no answer" (the spec allows it). */
export const selectedOption = z.enum(["A", "B", "C", "D", ""], {
  error: 'Must be one of "A", "B", "C", "D" or "".',
});
const questionRef = z.number().int().positive().max(2147483647);
const seq = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const autosaveBody = z.object({ selected_option: selectedOption, seq });
export const autosaveBatchBody = z.object({
  answers: z
    .array(z.object({ question: questionRef, selected_option: selectedOption, seq }))
    .min(1)
    .max(200),
});
export const submitAnswersBody = z.object({
  answers: z
    .array(z.object({ question: questionRef, selected_option: selectedOption }))
    .max(200)
    .default([]),
});

const timestamp = z.string();

export const savedAnswer = z.object({
  question_id: z.number().int(),
  selected_option: z.string(),
  seq: z.number().int(),
  saved_at: timestamp,
});

export const attemptState = z.object({
  id: z.uuid(),
  started_at: timestamp,
  deadline: timestamp,
  server_now: timestamp,
  answers: z.array(savedAnswer),
});

export const takeExamResponse = z.object({
  id: z.number().int(),
  title: z.string(),
  stage: z.string(),
  description: z.string(),
  open_duration_hours: z.number().int(),
  scheduled_date: timestamp,
  countdown_minutes: z.number().int(),
  questions: z.array(
    z.object({
      id: z.number().int(),
      text: z.string(),
      option_a: z.string(),
      option_b: z.string(),
      option_c: z.string(),
      option_d: z.string(),
    }),
  ),
  attempt: attemptState,
});

export const startResponse = z.object({ attempt: attemptState });

export const autosaveResponse = savedAnswer.extend({
  /** True when a newer write (higher seq) was already stored: this is the stored answer. */
  stale: z.boolean(),
  deadline: timestamp,
  server_now: timestamp,
});

export const autosaveBatchResponse = z.object({
  saved: z.array(savedAnswer.extend({ stale: z.boolean() })),
  deadline: timestamp,
  server_now: timestamp,
});

export const submitResponse = z.object({ message: z.literal("Answers submitted successfully!") });
