// GET /dashboard/candidate/: the signed-in candidate's overview — who they are, their scores
// (stats, the latest five), their place on the latest published board, the exams still open to
// them and the concluded ones (done or missed). Every part is bounded by the candidate: four
// indexed queries, however large the competition (the exams' question counts are shared between
// candidates for DASHBOARD_FIGURES_SECONDS).
import { eq, sql } from "drizzle-orm";
import { preparedPerDatabase } from "@/db/prepared";
import type { z } from "zod";
import { users } from "@/db/schema";
import { listCandidateExams } from "@/lib/attempts/candidate-exams";
import { questionCounts } from "@/lib/exams/exam-parts";
import { requirePermission } from "@/lib/auth/require-permission";
import { roleLabel } from "@/lib/auth/roles";
import type { Context } from "@/lib/context";
import { NotFound } from "@/lib/errors";
import { round2 } from "@/lib/exams/shape";
import { candidateRanking } from "@/lib/leaderboards/candidate-ranking";
import { candidateScoreRows } from "@/lib/results/candidate-score-rows";
import { scoreStats } from "@/lib/results/score-stats";
import { sharedRead } from "@/lib/shared-reads";
import type { candidateDashboard } from "./schemas";
import { figuresMaxAgeMs } from "./score-figures";

const personRow = preparedPerDatabase((db) =>
  db
    .select()
    .from(users)
    .where(eq(users.id, sql.placeholder("userId")))
    .prepare("dashboard_person"),
);

export async function getCandidateDashboard({
  ctx,
}: {
  ctx: Context;
}): Promise<z.output<typeof candidateDashboard>> {
  requirePermission(ctx, "exams:take");
  const userId = ctx.actor.user!.id;
  const [[person], scores, ranking] = await Promise.all([
    personRow(ctx.db).execute({ userId }),
    candidateScoreRows(ctx, userId),
    candidateRanking(ctx, userId),
  ]);
  if (!person) throw new NotFound("User not found.");
  const exams = await listCandidateExams({ ctx, dateJoined: person.dateJoined });

  // The same few exams for every candidate of a stage: their question counts are shared.
  const examIds = exams.map((exam) => exam.id);
  const questionCount = await sharedRead(
    ctx,
    `question-counts:${examIds.join(",")}`,
    figuresMaxAgeMs(),
    () => questionCounts(ctx, examIds),
  );

  const figures = scoreStats(scores);
  const open = exams.filter((exam) => exam.status !== "concluded" && exam.participation !== "done");
  return {
    candidate_info: {
      name: `${person.firstName} ${person.lastName}`.trim(),
      email: person.email,
      phone: person.phone,
      school: person.school,
      role: roleLabel(person.role),
      is_user_verified: person.isUserVerified,
      is_email_verified: person.isEmailVerified,
      is_active: person.isActive,
      date_joined: person.dateJoined.toISOString(),
    },
    exam_stats: {
      total_exams_taken: figures.count,
      available_exams_count: open.length,
      average_score: figures.average,
      highest_score: figures.highest,
      lowest_score: figures.lowest,
      latest_score: figures.latest,
    },
    leaderboard_ranking: ranking,
    recent_scores: scores.slice(0, 5).map((row) => ({
      exam_title: row.exam.title,
      score: round2(row.score.score),
      date: row.score.recordedAt.toISOString(),
      exam_stage: row.exam.stage,
    })),
    available_exams: open.map((exam) => ({
      id: exam.id,
      title: exam.title,
      stage: exam.stage,
      level: exam.level,
      stage_display: exam.stage_display,
      description: exam.description,
      open_duration_hours: exam.open_duration_hours,
      scheduled_date: exam.scheduled_date,
      countdown_minutes: exam.countdown_minutes,
      question_count: questionCount.get(exam.id) ?? 0,
      participation: "not_done" as const,
    })),
    concluded_exams: exams
      .filter((exam) => exam.status === "concluded")
      .reverse()
      .map((exam) => ({
        id: exam.id,
        title: exam.title,
        stage: exam.stage,
        level: exam.level,
        stage_display: exam.stage_display,
        description: exam.description,
        concluded_at: exam.closes_at,
        question_count: questionCount.get(exam.id) ?? 0,
        participation: exam.participation === "missed" ? ("missed" as const) : ("done" as const),
      })),
  };
}
