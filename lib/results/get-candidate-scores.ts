// A candidate's scores for staff (GET /candidates/{id}/scores/), newest first, each with the
// exam's live question count.
import type { z } from "zod";
import type { Context } from "@/lib/context";
import { questionCounts } from "@/lib/exams/exam-parts";
import { round2 } from "@/lib/exams/shape";
import { candidateItem } from "@/lib/people/people-lists";
import { loadPerson } from "@/lib/people/profile";
import { candidateScoreRows } from "./candidate-score-rows";
import type { candidateScores } from "./schemas";

export async function getCandidateScores({
  ctx,
  input,
}: {
  ctx: Context;
  input: { candidateId: string };
}): Promise<z.output<typeof candidateScores>> {
  const user = await loadPerson(ctx, input.candidateId, "candidate");
  const rows = await candidateScoreRows(ctx, user.id);
  const examIds = [...new Set(rows.map((row) => row.exam.id))];
  const countByExam = await questionCounts(ctx, examIds);
  const candidate = candidateItem(user);
  return rows.map((row) => ({
    id: row.score.id,
    candidate,
    exam: {
      id: row.exam.id,
      title: row.exam.title,
      stage: row.exam.stage,
      question_count: countByExam.get(row.exam.id) ?? 0,
      created_at: row.exam.createdAt.toISOString(),
    },
    score: round2(row.score.score),
    recorded_at: row.score.recordedAt.toISOString(),
  }));
}
