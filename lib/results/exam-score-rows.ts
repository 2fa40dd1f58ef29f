// Every recorded score of one exam with its candidate, who entered it and when the candidate's
// attempt was submitted: the one query behind the API's results list and the staff Scores tab.
import { and, asc, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { examAttempts, examScores, users } from "@/db/schema";
import type { Context } from "@/lib/context";
import { loadExam } from "@/lib/exams/load-exam";
import { fullName, round2 } from "@/lib/exams/shape";

const submitter = alias(users, "submitter");

/**
 * Every recorded score of a (non-deleted) exam, or 404: the API's result (best first, ties:
 * earliest recorded; automatic scores say "Auto Score") with the candidate and when their attempt
 * was submitted (null for a score entered without an attempt), for the staff page's rows.
 */
export async function examScoreRows(ctx: Context, examId: number) {
  const exam = await loadExam(ctx, examId);
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
    result: {
      candidate_name: fullName(candidate),
      candidate_school: candidate.school,
      score: round2(Number(score.score)),
      auto_score: score.autoScore,
      score_submitted_by: score.autoScore ? "Auto Score" : staff ? fullName(staff) : "Unknown",
      recorded_at: score.recordedAt.toISOString(),
    },
    candidate,
    attemptSubmittedAt,
    counts: { correct: score.correctCount, total: score.questionCount },
  }));
}
