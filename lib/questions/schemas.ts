// Request and response shapes of the question bank (spec "Question Management").
import { z } from "zod";
import { paginatedSchema, paginationQuery } from "@/lib/http/pagination";
import { staffRefSchema } from "@/lib/people/staff-ref";

export const difficulties = ["easy", "moderate", "hard"] as const;
export const answerOptions = ["A", "B", "C", "D"] as const;
export const optionFields = ["option_a", "option_b", "option_c", "option_d"] as const;

/** Most ids one bulk request may name. */
export const maxBulkIds = 500;

const option = z
  .string({ error: "Must be text." })
  .trim()
  .min(1, "May not be blank.")
  .max(500, "At most 500 characters.");

export const questionFields = z.object({
  text: z
    .string({ error: "Must be text." })
    .trim()
    .min(1, "May not be blank.")
    .max(2000, "At most 2000 characters."),
  option_a: option,
  option_b: option,
  option_c: option,
  option_d: option,
  correct_answer: z.enum(answerOptions, { error: "Must be one of A, B, C, D." }),
  difficulty: z.enum(difficulties, { error: "Must be one of easy, moderate, hard." }),
});
export type QuestionFields = z.output<typeof questionFields>;

export const questionPatch = questionFields.partial();

export const questionIdParams = z.object({
  id: z.coerce.number().int().positive().max(2147483647),
});

export const listQuestionsQuery = paginationQuery.extend({
  difficulty: z.enum(difficulties, { error: "Must be one of easy, moderate, hard." }).optional(),
  search: z.string().trim().max(200).optional(),
  created_by: z.uuid("Not a valid id.").optional(),
});

export const staffRef = staffRefSchema;

export const questionItem = z.object({
  id: z.number().int(),
  ...questionFields.shape,
  text: z.string(),
  option_a: z.string(),
  option_b: z.string(),
  option_c: z.string(),
  option_d: z.string(),
  created_at: z.iso.datetime(),
  created_by: staffRef.nullable(),
  updated_at: z.iso.datetime(),
  updated_by: staffRef.nullable(),
});

export const questionPoolData = z.object({
  total_questions: z.number().int(),
  hard_questions_count: z.number().int(),
  moderate_questions_count: z.number().int(),
  easy_questions_count: z.number().int(),
});

export const questionList = paginatedSchema(questionItem).extend({
  question_pool_data: questionPoolData,
});

const examIdList = (field: string) =>
  z
    .array(z.number({ error: "Must be a whole number." }).int().positive().max(2147483647), {
      error: `${field} must be a list of ids.`,
    })
    .max(maxBulkIds, `At most ${maxBulkIds} ids.`);

export const questionExamsBody = z
  .object({
    add_to_exams: examIdList("add_to_exams").default([]),
    remove_from_exams: examIdList("remove_from_exams").default([]),
  })
  .refine((body) => !body.add_to_exams.some((id) => body.remove_from_exams.includes(id)), {
    message: "An exam may not be both added and removed.",
    path: ["remove_from_exams"],
  });

const examRef = z.object({ exam_id: z.number().int(), exam_title: z.string() });
const examFailure = z.object({ exam_id: z.number().int(), reason: z.string() });

export const questionExamsResult = z.object({
  question_id: z.number().int(),
  added: z.array(examRef),
  removed: z.array(examRef),
  failed_additions: z.array(examFailure),
  failed_removals: z.array(examFailure),
});

export const bulkAddBody = z.object({
  question_ids: examIdList("question_ids").min(1, "Name at least one question."),
  exam_ids: examIdList("exam_ids").min(1, "Name at least one exam."),
});

export const bulkAddResult = z.object({
  summary: z.object({
    total_operations: z.number().int(),
    successful: z.number().int(),
    skipped: z.number().int(),
    failed: z.number().int(),
  }),
  details: z.object({
    added: z.array(examRef.extend({ question_id: z.number().int() })),
    skipped: z.array(examRef.extend({ question_id: z.number().int(), reason: z.string() })),
    failed_questions: z.array(z.object({ question_id: z.number().int(), reason: z.string() })),
    failed_exams: z.array(examFailure),
  }),
});

export const bulkArchiveBody = z.object({
  question_ids: examIdList("question_ids").min(1, "Name at least one question."),
});

export const bulkArchiveResult = z.object({
  summary: z.object({
    total_questions: z.number().int(),
    successful_archives: z.number().int(),
    failed_archives: z.number().int(),
  }),
  details: z.object({
    archived: z.array(z.number().int()),
    failed: z.array(z.object({ question_id: z.number().int(), reason: z.string() })),
  }),
});

/** Largest CSV accepted by the import, in bytes (JSON `csv` text or an uploaded file). */
export const maxCsvBytes = 1_000_000;

export const importBody = z.object({
  csv: z.string({ error: "csv must be text." }).max(maxCsvBytes, "The CSV is larger than 1 MB."),
  commit: z.boolean({ error: "commit must be true or false." }).default(false),
});

export const importRowError = z.object({
  row: z.number().int(),
  field: z.string(),
  message: z.string(),
});

export const importResult = z.object({
  rows: z.number().int(),
  valid: z.number().int(),
  errors: z.array(importRowError),
  preview: z.array(questionFields),
  created: z.number().int(),
});
