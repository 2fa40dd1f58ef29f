// The staff Scores tab: GET /exams/{id}/results/'s rows plus what the page
// needs to act on them — the candidate's id (for manual score entry), email, and when their
// attempt was submitted (null for a score entered without an attempt).
import type { Context } from "@/lib/context";
import { examScoreRows } from "./exam-score-rows";

export type ExamResultRow = {
  candidate_id: string;
  candidate_name: string;
  candidate_email: string;
  candidate_school: string | null;
  score: number;
  auto_score: boolean;
  score_submitted_by: string;
  recorded_at: string;
  attempt_submitted_at: string | null;
  /** Right answers out of the exam's questions when the attempt was scored; null without one. */
  correct_count: number | null;
  question_count: number | null;
};

/** Every recorded score of a (non-deleted) exam, best first (ties: earliest recorded), or 404. */
export async function listExamResultRows({
  ctx,
  input,
}: {
  ctx: Context;
  input: { id: number };
}): Promise<ExamResultRow[]> {
  const rows = await examScoreRows(ctx, input.id);
  return rows.map(({ result, candidate, attemptSubmittedAt, counts }) => ({
    ...result,
    candidate_id: candidate.id,
    // The page names a nameless candidate by their email.
    candidate_name: result.candidate_name || candidate.email,
    candidate_email: candidate.email,
    attempt_submitted_at: attemptSubmittedAt?.toISOString() ?? null,
    correct_count: counts.correct,
    question_count: counts.total,
  }));
}
