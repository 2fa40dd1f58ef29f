// GET /analytics/exams/{id}/ (CONTRACT §6): the score distribution, completion, time used, the
// exam's reliability and, per question, facility, discrimination, option counts and flags. Every
// statistic is `{value, reason}`: a number, or null with why (never NaN, never a division by zero).
import { z } from "zod";

export const statistic = z.object({
  value: z.number().nullable(),
  reason: z.string().nullable().describe("Why there is no value (null when there is one)."),
});

const optionCount = z.object({ count: z.number().int(), share: z.number().nullable() });

export const itemFlags = [
  "too_easy",
  "too_hard",
  "negative_discrimination",
  "unused_distractor",
  "distractor_beats_key_in_top_group",
] as const;

export const examAnalysis = z.object({
  exam: z.object({
    id: z.number().int(),
    title: z.string(),
    stage: z.string(),
    status: z.string(),
  }),
  scores: z.object({
    count: z.number().int(),
    mean: statistic,
    median: statistic,
    standard_deviation: statistic,
    histogram: z.array(z.object({ from: z.number(), to: z.number(), count: z.number().int() })),
  }),
  completion: z.object({
    eligible: z.number().int(),
    started: z.number().int(),
    submitted: z.number().int(),
    automatic_submissions: z.number().int(),
    completion_rate: statistic,
  }),
  time_used_seconds: z.object({ median: statistic, q1: statistic, q3: statistic }),
  reliability: z.object({ kr20: statistic, question_count: z.number().int() }),
  questions: z.array(
    z.object({
      question_id: z.number().int(),
      text: z.string(),
      correct_answer: z.enum(["A", "B", "C", "D"]),
      attempts: z.number().int(),
      facility: statistic,
      discrimination: statistic.describe("Point-biserial correlation with the rest of the score."),
      discrimination_index: statistic.describe(
        "Share right in the top 27 % minus the bottom 27 %.",
      ),
      options: z.object({ A: optionCount, B: optionCount, C: optionCount, D: optionCount }),
      no_answer: optionCount,
      flags: z.array(z.enum(itemFlags)),
    }),
  ),
});

const stage = z.enum(["screening", "league", "final"]);

// GET /analytics/dashboard/ (admin+): the competition across its exams.
export const analyticsDashboard = z.object({
  generated_at: z.string().describe("When the figures were counted (they are reused for a while)."),
  activity: z
    .array(
      z.object({
        date: z.string().describe("A day (UTC), YYYY-MM-DD."),
        registrations: z.number().int(),
        attempts_started: z.number().int(),
        attempts_submitted: z.number().int(),
      }),
    )
    .describe(
      "The last 30 days, oldest first: candidates who joined, attempts started and submitted.",
    ),
  completion: z.object({
    started: z.number().int(),
    submitted: z.number().int(),
    automatic_submissions: z.number().int(),
    completion_rate: statistic,
  }),
  stages: z.array(
    z.object({
      stage,
      exams: z.number().int().describe("Exams of the stage with at least one score."),
      scores: z.number().int(),
      mean: statistic,
      median: statistic,
    }),
  ),
  pass_through: z
    .array(
      z.object({
        from: stage,
        to: z.enum(["league", "final", "winner"]),
        candidates: z.number().int().describe("Candidates with a score in an exam of `from`."),
        advanced: z.number().int().describe("Of those, how many are now at `to` or beyond."),
        rate: statistic,
      }),
    )
    .describe("Of the candidates scored at a stage, the share who went on to the next."),
  lowest_reliability: z
    .array(
      z.object({
        exam_id: z.number().int(),
        title: z.string(),
        stage,
        attempts: z.number().int(),
        question_count: z.number().int(),
        kr20: statistic,
      }),
    )
    .describe(
      "Up to five exams with the lowest KR-20, lowest first (exams without one are left out).",
    ),
});
