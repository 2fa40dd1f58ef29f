// A candidate's records for staff (GET /candidates/{id}/, /scores/, /exam-history/): the full
// profile plus performance (stats, every exam taken with the submitted answers) and the exams the
// candidate can still take. A bounded number of queries: scores+exams+submitters in one, all
// answers of those attempts in one, available exams in one.
// Leaderboards come later: leaderboard_ranking is {current_rank: null, total_candidates: 0}.
import { and, asc, count, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import { z } from "zod";
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
import { candidateScoreRows } from "@/lib/results/candidate-score-rows";
import { candidateItem } from "./list-people";
import { buildFullProfile, loadPerson } from "./profile";
import { candidateListItem, fullProfile } from "./schemas";

const submissionItem = z.object({
  question_id: z.number().int(),
  question_text: z.string(),
  option_a: z.string(),
  option_b: z.string(),
  option_c: z.string(),
  option_d: z.string(),
  selected_option: z.string(),
  answered_at: z.iso.datetime(),
});

export const candidateDetail = fullProfile.extend({
  records: z.object({
    performance: z.object({
      stats: z.object({
        total_score: z.number(),
        average_score: z.number(),
        leaderboard_ranking: z.object({
          current_rank: z.number().int().nullable(),
          total_candidates: z.number().int(),
        }),
        latest_score: z
          .object({ score: z.number(), exam_title: z.string(), date: z.iso.datetime() })
          .nullable(),
        highest_score: z.number().nullable(),
        total_exams_taken: z.number().int(),
        lowest_score: z.number().nullable(),
        highest_obtainable_score: z.number(),
      }),
      exams_taken: z.array(
        z.object({
          exam_id: z.number().int(),
          exam_title: z.string(),
          exam_stage: z.string(),
          scheduled_date: z.iso.datetime().nullable(),
          score: z.number(),
          recorded_at: z.iso.datetime(),
          score_submitted_by: z.string().nullable(),
          auto_score: z.boolean(),
          submission: z.array(submissionItem),
        }),
      ),
    }),
    available_exams: z.array(
      z.object({
        id: z.number().int(),
        title: z.string(),
        stage: z.string(),
        scheduled_date: z.iso.datetime().nullable(),
        status: z.string(),
        countdown_minutes: z.number().int(),
      }),
    ),
  }),
});

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

export async function getCandidateDetail({
  ctx,
  input,
}: {
  ctx: Context;
  input: { candidateId: string };
}): Promise<z.output<typeof candidateDetail>> {
  const user = await loadPerson(ctx, input.candidateId, "candidate");
  const now = ctx.clock.now();
  const [profile, rows] = await Promise.all([
    buildFullProfile(ctx, user),
    candidateScoreRows(ctx, user.id),
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

  const scores = rows.map((row) => round2(row.score.score));
  const total = round2(scores.reduce((sum, value) => sum + value, 0));
  const latest = rows[0];
  const stats = {
    total_score: total,
    average_score: scores.length ? round2(total / scores.length) : 0,
    leaderboard_ranking: { current_rank: null, total_candidates: 0 },
    latest_score: latest
      ? {
          score: round2(latest.score.score),
          exam_title: latest.exam.title,
          date: latest.score.recordedAt.toISOString(),
        }
      : null,
    highest_score: scores.length ? Math.max(...scores) : null,
    total_exams_taken: rows.length,
    lowest_score: scores.length ? Math.min(...scores) : null,
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
  const counts = examIds.length
    ? await ctx.db
        .select({ examId: examQuestions.examId, n: count() })
        .from(examQuestions)
        .innerJoin(questions, eq(questions.id, examQuestions.questionId))
        .where(and(inArray(examQuestions.examId, examIds), eq(questions.isArchived, false)))
        .groupBy(examQuestions.examId)
    : [];
  const countByExam = new Map(counts.map((row) => [row.examId, Number(row.n)]));
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
