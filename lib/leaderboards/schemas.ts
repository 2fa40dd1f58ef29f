// The leaderboard API's shapes (spec "Leaderboard"): publish, summary and detail of GET
// /leaderboard/, and a candidate's performance. Entries add what decided their place
// (time_used, submitted_at, decided_by) to the spec's {rank, candidate, score}.
import { z } from "zod";
import { paginationQuery, paginationSchema } from "@/lib/http/pagination";
import { decidedByValues } from "./ranking";

export const stages = ["screening", "league", "final"] as const;

export const publishResponse = z.object({ message: z.string() });
export const publishStartedMessage =
  "Leaderboard generation has been started and will be available shortly.";

const level = z.coerce
  .number({ error: "level must be a whole number." })
  .int("level must be a whole number.")
  .min(1, "level must be 1 or more.")
  .max(1000, "level may not exceed 1000.");
const stage = z.enum(stages, { error: "stage must be screening, league or final." });

const whole = (field: string) =>
  z.coerce
    .number({ error: `${field} must be a whole number.` })
    .int(`${field} must be a whole number.`)
    .min(1, `${field} must be at least 1.`)
    .max(2147483647, `${field} is too large.`);

/**
 * Summary mode without stage and level; detail mode with both, and then optionally exam_id (another
 * concluded exam of that stage and level) and the page of the remaining candidates.
 */
export const leaderboardQuery = paginationQuery
  .extend({
    page: whole("page").optional(),
    stage: stage.optional(),
    level: level.optional(),
    exam_id: whole("exam_id").optional(),
  })
  .refine((query) => (query.stage === undefined) === (query.level === undefined), {
    path: ["level"],
    message: "Send stage and level together (or neither, for the list of boards).",
  })
  .refine(
    (query) =>
      query.stage !== undefined ||
      (query.page === undefined && query.exam_id === undefined && query.page_size === undefined),
    {
      path: ["stage"],
      message: "page, page_size and exam_id apply to one board: send stage and level too.",
    },
  );

export const boardParams = z.object({
  stage,
  level,
  candidateId: z.uuid({ error: "candidate_id must be a UUID." }),
});

export const boardSummary = z.object({
  stage: z.enum(stages),
  level: z.number().int(),
  stage_display: z.string(),
  exam_id: z.number().int(),
  exam_title: z.string(),
  total_candidates: z.number().int(),
  average_score: z.number().nullable(),
});

export const leaderboardSummary = z.object({
  snapshot_id: z.number().int().nullable(),
  published_at: z.iso.datetime().nullable(),
  ranking_rule: z.string(),
  available_leaderboards: z.array(boardSummary),
});

export const examDetails = z.object({
  id: z.number().int(),
  title: z.string(),
  stage: z.enum(stages),
  level: z.number().int(),
  scheduled_date: z.iso.datetime().nullable(),
  concluded_at: z.iso.datetime(),
  total_questions: z.number().int(),
  total_candidates: z.number().int(),
  average_score: z.number().nullable(),
});

export const boardCandidate = z.object({
  id: z.uuid(),
  full_name: z.string(),
  school: z.string().nullable(),
});

export const boardEntry = z.object({
  rank: z.number().int(),
  position: z.number().int(),
  candidate: boardCandidate,
  score: z.number(),
  time_used: z.number().int().nullable(),
  submitted_at: z.iso.datetime(),
  decided_by: z.enum(decidedByValues),
  decided_by_text: z.string(),
});

export const leaderboardDetail = z.object({
  snapshot_id: z.number().int(),
  published_at: z.iso.datetime(),
  ranking_rule: z.string(),
  exam_details: examDetails,
  top_three: z.array(boardEntry),
  remaining_candidates: z.array(boardEntry),
  /** The caller's own entry on this board, and the page it is on ("jump to my rank"). */
  viewer_entry: z
    .object({ rank: z.number().int(), position: z.number().int(), page: z.number().int() })
    .nullable(),
  pagination: paginationSchema,
});

export const leaderboardResponse = z.union([leaderboardDetail, leaderboardSummary]);

export const candidatePerformance = z.object({
  snapshot_id: z.number().int(),
  exam_details: examDetails,
  candidate_performance: z.object({
    rank: z.number().int(),
    candidate: boardCandidate,
    score: z.number(),
    time_used: z.number().int().nullable(),
    decided_by: z.enum(decidedByValues),
    submissions: z.array(
      z.object({
        question_id: z.number().int(),
        question_text: z.string(),
        option_a: z.string(),
        option_b: z.string(),
        option_c: z.string(),
        option_d: z.string(),
        correct_answer: z.string(),
        selected_option: z.string().nullable(),
        is_correct: z.boolean(),
      }),
    ),
    participated_at: z.iso.datetime(),
  }),
});
