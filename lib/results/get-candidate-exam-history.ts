// A candidate's exam history for staff (GET /candidates/{id}/exam-history/).
import type { z } from "zod";
import type { Context } from "@/lib/context";
import { round2 } from "@/lib/exams/shape";
import { loadPerson } from "@/lib/people/profile";
import { candidateScoreRows } from "./candidate-score-rows";
import type { candidateExamHistory } from "./schemas";

/** Every exam the candidate has a score for, oldest first. */
export async function getCandidateExamHistory({
  ctx,
  input,
}: {
  ctx: Context;
  input: { candidateId: string };
}): Promise<z.output<typeof candidateExamHistory>> {
  const user = await loadPerson(ctx, input.candidateId, "candidate");
  const rows = await candidateScoreRows(ctx, user.id);
  return rows.reverse().map((row) => ({ exam: row.exam.title, score: round2(row.score.score) }));
}
