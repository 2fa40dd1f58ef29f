// The integrators' public API (CONTRACT §6): published exams without their questions, candidates
// with their invitations, attempts and scores, and one result by its token. Key only, by scope.
import { z } from "zod";
import { examStages } from "@/lib/exams/schemas";
import { paginationQuery } from "@/lib/http/pagination";
import { invitationStatuses } from "@/lib/invitations/invitation-status";

export const publicExamStatuses = ["scheduled", "ongoing", "concluded"] as const;
export const attemptStatuses = ["not_started", "in_progress", "submitted"] as const;

const search = z
  .string()
  .trim()
  .max(200, "search may be at most 200 characters.")
  .optional()
  .transform((value) => (value ? value : undefined));

export const publicExamsQuery = paginationQuery.extend({
  stage: z
    .enum(examStages, { error: `stage must be one of: ${examStages.join(", ")}.` })
    .optional(),
  status: z
    .enum(publicExamStatuses, {
      error: `status must be one of: ${publicExamStatuses.join(", ")}.`,
    })
    .optional(),
  search,
});

export const publicExam = z.object({
  id: z.number().int(),
  title: z.string(),
  description: z.string(),
  stage: z.enum(examStages),
  level: z.number().int(),
  stage_display: z.string(),
  status: z.enum(publicExamStatuses),
  scheduled_date: z.iso.datetime(),
  closes_at: z.iso.datetime(),
  countdown_minutes: z.number().int(),
  open_duration_hours: z.number().int(),
  question_count: z.number().int(),
});

const progress = {
  invitation_status: z
    .enum(invitationStatuses)
    .nullable()
    .describe("sent, accepted (the person set a password), taken (submitted); null: not invited."),
  attempt_status: z.enum(attemptStatuses),
  started_at: z.iso.datetime().nullable(),
  submitted_at: z.iso.datetime().nullable(),
  score: z.number().nullable().describe("Percentage, 2 decimals; null until scored."),
};

export const examCandidate = z.object({
  candidate_id: z.uuid(),
  email: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  ...progress,
});

export const candidatesQuery = paginationQuery.extend({
  search,
  exam_id: z.coerce
    .number({ error: "exam_id must be a number." })
    .int("exam_id must be a whole number.")
    .positive("exam_id must be positive.")
    .max(2147483647, "exam_id is too large.")
    .optional(),
});

export const examCandidatesQuery = paginationQuery.extend({ search });

export const publicCandidate = z.object({
  id: z.uuid(),
  email: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  role: z.string(),
  is_email_verified: z.boolean(),
  date_joined: z.iso.datetime(),
  exams: z.array(z.object({ exam_id: z.number().int(), exam_title: z.string(), ...progress })),
});

export const resultParams = z.object({
  token: z
    .string()
    .min(1)
    .max(4000)
    .describe(
      "A result token (the `result` query parameter of the redirect, or a score.recorded " +
        "webhook's). Invalid or expired: 400 `invalid_result_token`.",
    ),
});

export const publicResult = z.object({
  exam: z.object({ id: z.number().int(), title: z.string(), stage: z.enum(examStages) }),
  candidate: z.object({
    id: z.uuid(),
    email: z.string(),
    first_name: z.string(),
    last_name: z.string(),
  }),
  score: z.number(),
  correct_count: z.number().int().nullable(),
  question_count: z.number().int().nullable(),
  time_used_seconds: z.number().int().nullable(),
  submitted_at: z.iso.datetime().nullable(),
  recorded_at: z.iso.datetime(),
});
