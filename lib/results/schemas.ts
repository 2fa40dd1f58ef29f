// Answers of the score reads that are not an exam's own result page.
import { z } from "zod";
import { candidateListItem } from "@/lib/people/schemas";

export const candidateScores = z.array(
  z.object({
    id: z.number().int(),
    candidate: candidateListItem,
    exam: z.object({
      id: z.number().int(),
      title: z.string(),
      stage: z.string(),
      question_count: z.number().int(),
      created_at: z.iso.datetime(),
    }),
    score: z.number(),
    recorded_at: z.iso.datetime(),
  }),
);

export const candidateExamHistory = z.array(z.object({ exam: z.string(), score: z.number() }));
