// An exam's results for the staff exam page: GET /exams/{id}/results/'s rows plus what the page
// needs to act on them — the candidate's id (for manual score entry), email, and when their
// attempt was submitted (null for a score entered without an attempt).
import { and, asc, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { examAttempts, examScores, users } from "@/db/schema";
import type { Context } from "@/lib/context";
import { loadExam } from "./manage";
import { fullName, round2 } from "./shape";

const submitter = alias(users, "submitter");

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
};

/** Every recorded score of a (non-deleted) exam, best first (ties: earliest recorded), or 404. */
export async function listExamResultRows({
  ctx,
  input,
}: {
  ctx: Context;
  input: { id: number };
}): Promise<ExamResultRow[]> {
  const exam = await loadExam(ctx, input.id);
  const rows = await ctx.db
    .select({
      score: examScores,
      candidate: users,
      submitter,
      attemptSubmittedAt: examAttempts.submittedAt,
    })
    .from(examScores)
    .innerJoin(users, eq(users.id, examScores.candidateId))
    .leftJoin(submitter, eq(submitter.id, examScores.submittedById))
    .leftJoin(
      examAttempts,
      and(
        eq(examAttempts.examId, examScores.examId),
        eq(examAttempts.candidateId, examScores.candidateId),
      ),
    )
    .where(eq(examScores.examId, exam.id))
    .orderBy(desc(examScores.score), asc(examScores.recordedAt), asc(examScores.id));
  return rows.map(({ score, candidate, submitter: staff, attemptSubmittedAt }) => ({
    candidate_id: candidate.id,
    candidate_name: fullName(candidate) || candidate.email,
    candidate_email: candidate.email,
    candidate_school: candidate.school,
    score: round2(Number(score.score)),
    auto_score: score.autoScore,
    score_submitted_by: score.autoScore ? "Auto Score" : staff ? fullName(staff) : "Unknown",
    recorded_at: score.recordedAt.toISOString(),
    attempt_submitted_at: attemptSubmittedAt?.toISOString() ?? null,
  }));
}
