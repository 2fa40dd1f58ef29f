// Request and response schemas of the staff exams API (GET/POST /exams/, /exams/{id}/ and its
// questions, results, duplicate and submit-exam-score sub-resources).
import { z } from "zod";
import { paginatedSchema, paginationQuery, paginationSchema } from "@/lib/http/pagination";
import { staffRefSchema } from "@/lib/people/staff-ref";
import { questionPoolData } from "@/lib/questions/schemas";
import { maxLevel } from "./limits";
import { examStatuses } from "./status";

export const examStages = ["screening", "league", "final"] as const;
const maxInt = 2147483647;

export const examIdParams = z.object({
  id: z.coerce.number().int().positive().max(maxInt),
});

const dateOnly = /^\d{4}-\d{2}-\d{2}$/;
/** Dates the database stores without surprises (year 0 and the like never reach SQL). */
const inRange = (date: Date) =>
  !Number.isNaN(date.getTime()) && date.getUTCFullYear() >= 1900 && date.getUTCFullYear() <= 9999;
/** A date (YYYY-MM-DD, the whole UTC day) or an ISO datetime. */
const dateOrDateTime = (field: string) =>
  z
    .string()
    .trim()
    .refine(
      (value) =>
        (z.iso.date().safeParse(value).success ||
          z.iso.datetime({ offset: true }).safeParse(value).success) &&
        inRange(new Date(value)),
      `${field} must be a date (YYYY-MM-DD) or an ISO 8601 datetime between 1900 and 9999.`,
    )
    .transform((value) => ({ at: new Date(value), dateOnly: dateOnly.test(value) }));

export const listExamsQuery = paginationQuery.extend({
  stage: z.enum(examStages).optional(),
  active: z
    .enum(["true", "false"], { error: "Use true or false." })
    .transform((value) => value === "true")
    .optional(),
  date_from: dateOrDateTime("date_from").optional(),
  date_to: dateOrDateTime("date_to").optional(),
});

export const examDetailQuery = paginationQuery;

const title = z
  .string({ error: "title is required." })
  .trim()
  .min(1, "title may not be blank.")
  .max(200, "title may be at most 200 characters.");
const level = z
  .number({ error: "level must be a whole number." })
  .int("level must be a whole number.")
  .min(1, `level must be a whole number from 1 to ${maxLevel}.`)
  .max(maxLevel, `level must be a whole number from 1 to ${maxLevel}.`);
const countdown = z
  .number({ error: "countdown_minutes must be a whole number." })
  .int("countdown_minutes must be a whole number.")
  .min(1, "countdown_minutes must be between 1 and 600.")
  .max(600, "countdown_minutes must be between 1 and 600.");
const openDuration = z
  .number({ error: "open_duration_hours must be a whole number." })
  .int("open_duration_hours must be a whole number.")
  .min(1, "open_duration_hours must be between 1 and 720.")
  .max(720, "open_duration_hours must be between 1 and 720.");
const scheduledDate = z.iso
  .datetime({ offset: true, error: "scheduled_date must be an ISO 8601 datetime." })
  .transform((value) => new Date(value))
  .refine(inRange, "scheduled_date must be between the years 1900 and 9999.")
  .nullable();
const questionIds = z
  .array(
    z
      .number({ error: "Question ids must be whole numbers." })
      .int("Question ids must be whole numbers.")
      .positive("Question ids must be positive.")
      .max(maxInt, "Unknown question id."),
  )
  .max(1000, "An exam may have at most 1000 questions.");

const fullHttpsUrl =
  "result_redirect_url must be a full https URL such as https://portal.example.com/results.";
/**
 * Where the candidate's result page sends them, with `?result=<token>` (CONTRACT §6): an https URL
 * of at most 2,000 characters, or null for none.
 */
const resultRedirectUrl = z
  .string({ error: "result_redirect_url must be an https URL or null." })
  .trim()
  .max(2000, "result_redirect_url may be at most 2000 characters.")
  .pipe(
    z
      .url({ protocol: /^https$/, error: fullHttpsUrl })
      // The URL parser also takes "https:host/path"; a link needs the full form.
      .regex(/^https:\/\/[^/?#\s]/i, fullHttpsUrl),
  )
  .nullable();

/** POST /exams/ and PUT /exams/{id}/: every field (optional ones take their defaults). */
export const examBody = z.object({
  title,
  stage: z.enum(examStages, { error: "stage must be one of screening, league, final." }),
  level: level.default(1),
  description: z.string().max(5000, "description may be at most 5000 characters.").default(""),
  scheduled_date: scheduledDate.default(null),
  countdown_minutes: countdown,
  open_duration_hours: openDuration,
  is_active: z.boolean({ error: "is_active must be true or false." }).default(true),
  result_redirect_url: resultRedirectUrl.default(null),
  questions: questionIds.default([]),
});

/** PATCH /exams/{id}/: any subset. */
export const examPatchBody = z.object({
  title: title.optional(),
  stage: z.enum(examStages, { error: "stage must be one of screening, league, final." }).optional(),
  level: level.optional(),
  description: z.string().max(5000, "description may be at most 5000 characters.").optional(),
  scheduled_date: scheduledDate.optional(),
  countdown_minutes: countdown.optional(),
  open_duration_hours: openDuration.optional(),
  is_active: z.boolean({ error: "is_active must be true or false." }).optional(),
  result_redirect_url: resultRedirectUrl.optional(),
  questions: questionIds.optional(),
});

export type ExamBody = z.output<typeof examBody>;
export type ExamPatch = z.output<typeof examPatchBody>;

export const staffRef = staffRefSchema;

const status = z.enum(examStatuses);

export const examListItem = z.object({
  id: z.number().int(),
  title: z.string(),
  stage: z.enum(examStages),
  level: z.number().int(),
  stage_display: z.string(),
  question_count: z.number().int(),
  created_at: z.iso.datetime(),
  scheduled_date: z.iso.datetime().nullable(),
  status,
  concluded_at: z.iso.datetime().nullable(),
});

export const examList = paginatedSchema(examListItem).extend({
  question_pool_data: questionPoolData,
});

const examCore = z.object({
  id: z.number().int(),
  title: z.string(),
  stage: z.enum(examStages),
  level: z.number().int(),
  stage_display: z.string(),
  description: z.string(),
  scheduled_date: z.iso.datetime().nullable(),
  countdown_minutes: z.number().int(),
  open_duration_hours: z.number().int(),
  is_active: z.boolean(),
  status,
  concluded_at: z.iso.datetime().nullable(),
  result_redirect_url: z.string().nullable(),
});

const examTail = {
  created_by: staffRef.nullable(),
  updated_by: staffRef.nullable(),
  average_score: z.number(),
  created_at: z.iso.datetime(),
};

/** POST /exams/ and POST /exams/{id}/duplicate/: questions as ids. */
export const examCreated = examCore.extend({ questions: z.array(z.number().int()), ...examTail });

export const examQuestionItem = z.object({
  id: z.number().int(),
  text: z.string(),
  option_a: z.string(),
  option_b: z.string(),
  option_c: z.string(),
  option_d: z.string(),
  correct_answer: z.enum(["A", "B", "C", "D"]),
  difficulty: z.enum(["easy", "moderate", "hard"]),
});

/** GET/PUT/PATCH /exams/{id}/: questions paginated with this exam's pool data. */
export const examDetail = examCore.extend({
  questions: z.object({
    question_pool_data: questionPoolData,
    results: z.array(examQuestionItem),
    pagination: paginationSchema,
  }),
  ...examTail,
});

/** POST /exams/{id}/conclude/: the exam, and how many attempts were submitted automatically. */
export const examConcluded = examDetail.extend({ auto_submitted_attempts: z.number().int() });

export const examQuestionsList = z.array(
  examQuestionItem.extend({ created_at: z.iso.datetime(), created_by: staffRef.nullable() }),
);

export const examResultsList = z.array(
  z.object({
    candidate_name: z.string(),
    candidate_school: z.string().nullable(),
    score: z.number(),
    auto_score: z.boolean(),
    score_submitted_by: z.string(),
    recorded_at: z.iso.datetime(),
  }),
);

export const submitScoreBody = z.object({
  candidate_id: z.uuid("candidate_id must be a valid id."),
  score: z
    .number({ error: "score must be a number." })
    .min(0, "score must be between 0 and 100.")
    .max(100, "score must be between 0 and 100."),
});

export const submitScoreResponse = z.object({
  message: z.string(),
  data: z.object({ candidate: z.string(), exam: z.string(), score: z.number() }),
});
