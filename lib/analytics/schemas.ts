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
