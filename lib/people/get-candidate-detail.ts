// A candidate's records for staff (GET /candidates/{id}/): the full profile plus performance
// (stats, every exam taken with the submitted answers) and the exams the candidate can still take.
// A bounded number of queries: scores+exams+submitters in one, all answers of those attempts in
// one, available exams in one.
// leaderboard_ranking is the candidate's place on their latest published board (none before one).
import { and, asc, eq, isNotNull, isNull } from "drizzle-orm";
import type { z } from "zod";
import {
  attemptAnswers,
  examAttempts,
  examQuestions,
  exams,
  examScores,
  questions,
} from "@/db/schema";
import type { Context } from "@/lib/context";
import { round2 } from "@/lib/exams/shape";
import { examStatus } from "@/lib/exams/status";
import { candidateRanking } from "@/lib/leaderboards/candidate-ranking";
import { candidateScoreRows } from "@/lib/results/candidate-score-rows";
import { scoreStats } from "@/lib/results/score-stats";
import { buildFullProfile, loadPerson } from "./profile";
import type { candidateDetail, submissionItem } from "./schemas";

export async function getCandidateDetail({
  ctx,
  input,
}: {
  ctx: Context;
  input: { candidateId: string };
}): Promise<z.output<typeof candidateDetail>> {
  const user = await loadPerson(ctx, input.candidateId, "candidate");
  const now = ctx.clock.now();
  const [profile, rows, ranking] = await Promise.all([
    buildFullProfile(ctx, user),
    candidateScoreRows(ctx, user.id),
    candidateRanking(ctx, user.id),
  ]);

  // The candidate's answers for every exam they attempted (one query), grouped by exam.
  const answerRows = await ctx.db
    .select({
      examId: examAttempts.examId,
      questionId: questions.id,
      text: questions.text,
      a: questions.optionA,
      b: questions.optionB,
      c: questions.optionC,
      d: questions.optionD,
      selected: attemptAnswers.selectedOption,
      savedAt: attemptAnswers.savedAt,
      position: examQuestions.position,
    })
    .from(attemptAnswers)
    .innerJoin(examAttempts, eq(examAttempts.id, attemptAnswers.attemptId))
    .innerJoin(questions, eq(questions.id, attemptAnswers.questionId))
    .leftJoin(
      examQuestions,
      and(
        eq(examQuestions.examId, examAttempts.examId),
        eq(examQuestions.questionId, attemptAnswers.questionId),
      ),
    )
    .where(and(eq(examAttempts.candidateId, user.id), isNotNull(examAttempts.submittedAt)))
    .orderBy(asc(examQuestions.position), asc(questions.id));
  const answersByExam = new Map<number, z.output<typeof submissionItem>[]>();
  for (const row of answerRows) {
    const list = answersByExam.get(row.examId) ?? [];
    list.push({
      question_id: row.questionId,
      question_text: row.text,
      option_a: row.a,
      option_b: row.b,
      option_c: row.c,
      option_d: row.d,
      selected_option: row.selected,
      answered_at: row.savedAt.toISOString(),
    });
    answersByExam.set(row.examId, list);
  }

  const figures = scoreStats(rows);
  const stats = {
    total_score: figures.total,
    average_score: figures.average ?? 0,
    leaderboard_ranking: ranking,
    latest_score: figures.latest,
    highest_score: figures.highest,
    total_exams_taken: figures.count,
    lowest_score: figures.lowest,
    highest_obtainable_score: 100,
  };
  const examsTaken = rows.map((row) => ({
    exam_id: row.exam.id,
    exam_title: row.exam.title,
    exam_stage: row.exam.stage,
    scheduled_date: row.exam.scheduledDate?.toISOString() ?? null,
    score: round2(row.score.score),
    recorded_at: row.score.recordedAt.toISOString(),
    score_submitted_by: row.score.autoScore
      ? "Auto Score"
      : row.submitter?.first != null
        ? `${row.submitter.first} ${row.submitter.last ?? ""}`.trim()
        : null,
    auto_score: row.score.autoScore,
    submission: answersByExam.get(row.exam.id) ?? [],
  }));

  // Exams the candidate could take now or later: their stage (winners → final), active,
  // scheduled or ongoing, not yet submitted.
  const stage = user.role === "winner" ? "final" : user.role;
  const candidatesExams = (["screening", "league", "final"] as const).includes(stage as "screening")
    ? await ctx.db
        .select({ exam: exams, submittedAt: examAttempts.submittedAt, scoreId: examScores.id })
        .from(exams)
        .leftJoin(
          examAttempts,
          and(eq(examAttempts.examId, exams.id), eq(examAttempts.candidateId, user.id)),
        )
        .leftJoin(
          examScores,
          and(eq(examScores.examId, exams.id), eq(examScores.candidateId, user.id)),
        )
        .where(
          and(
            eq(exams.stage, stage as "screening"),
            eq(exams.isActive, true),
            isNull(exams.deletedAt),
            isNotNull(exams.scheduledDate),
          ),
        )
        .orderBy(asc(exams.scheduledDate), asc(exams.id))
    : [];
  const availableExams = candidatesExams
    .filter((row) => row.submittedAt === null && row.scoreId === null)
    .map((row) => ({ row, status: examStatus(row.exam, now) }))
    .filter(({ status }) => status === "scheduled" || status === "ongoing")
    .map(({ row, status }) => ({
      id: row.exam.id,
      title: row.exam.title,
      stage: row.exam.stage,
      scheduled_date: row.exam.scheduledDate?.toISOString() ?? null,
      status,
      countdown_minutes: row.exam.countdownMinutes,
    }));

  return {
    ...profile,
    records: {
      performance: { stats, exams_taken: examsTaken },
      available_exams: availableExams,
    },
  };
}
