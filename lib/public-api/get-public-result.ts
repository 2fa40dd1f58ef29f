// GET /public/results/{token}/ (results:read): the one result a result token names. A tampered,
// foreign or expired token is a 400 invalid_result_token; a token for a score that no longer
// exists is a 404. Either way, no data.
import { and, eq } from "drizzle-orm";
import { examAttempts, exams, examScores, users } from "@/db/schema";
import type { Context } from "@/lib/context";
import { NotFound } from "@/lib/errors";
import { round2 } from "@/lib/exams/shape";
import { verifyResultToken } from "@/lib/results/result-token";

export async function getPublicResult({ ctx, input }: { ctx: Context; input: { token: string } }) {
  const claims = await verifyResultToken(input.token, ctx.clock.now());
  const [row] = await ctx.db
    .select({ score: examScores, exam: exams, user: users, submittedAt: examAttempts.submittedAt })
    .from(examScores)
    .innerJoin(exams, eq(exams.id, examScores.examId))
    .innerJoin(users, eq(users.id, examScores.candidateId))
    .leftJoin(examAttempts, eq(examAttempts.id, examScores.attemptId))
    .where(
      and(eq(examScores.examId, claims.examId), eq(examScores.candidateId, claims.candidateId)),
    );
  if (!row || row.exam.deletedAt || row.user.deletedAt) {
    throw new NotFound("This result is no longer available.");
  }
  return {
    exam: { id: row.exam.id, title: row.exam.title, stage: row.exam.stage },
    candidate: {
      id: row.user.id,
      email: row.user.email,
      first_name: row.user.firstName,
      last_name: row.user.lastName,
    },
    score: round2(row.score.score),
    correct_count: row.score.correctCount,
    question_count: row.score.questionCount,
    time_used_seconds: row.score.timeUsedSeconds,
    submitted_at: row.submittedAt?.toISOString() ?? null,
    recorded_at: row.score.recordedAt.toISOString(),
  };
}
