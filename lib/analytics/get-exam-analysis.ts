// GET /analytics/exams/{id}/ (admin+, or a results:read key): how an exam's scores spread and
// which of its questions worked. Aggregates in SQL (exam-item-sums.ts); formulas in statistics.ts.
import { and, asc, eq, inArray, isNotNull, or, sql } from "drizzle-orm";
import type { z } from "zod";
import {
  examAttempts,
  examInvitations,
  examQuestions,
  examScores,
  questions,
  users,
} from "@/db/schema";
import { mayTakeStage } from "@/lib/attempts/attempt-rules";
import { requirePermissionOrScope } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { loadExam } from "@/lib/exams/load-exam";
import { examStatus } from "@/lib/exams/status";
import { examItemSums, type QuestionSums } from "./exam-item-sums";
import type { examAnalysis } from "./schemas";
import {
  facility,
  histogram10,
  itemFlags,
  itemRestCorrelation,
  kr20,
  meanAndSd,
  quantile,
  upperLowerIndex,
  varianceFromSums,
  type Statistic,
} from "./statistics";

type Analysis = z.output<typeof examAnalysis>;

const share = (count: number, n: number) => ({ count, share: n > 0 ? count / n : null });

export async function getExamAnalysis({
  ctx,
  input,
}: {
  ctx: Context;
  input: { id: number };
}): Promise<Analysis> {
  requirePermissionOrScope(ctx, "analytics:view", "results:read");
  const exam = await loadExam(ctx, input.id);
  const [live, itemSums, scoreRows, attempts, [eligible]] = await Promise.all([
    ctx.db
      .select({ id: questions.id, text: questions.text, key: questions.correctAnswer })
      .from(examQuestions)
      .innerJoin(questions, eq(questions.id, examQuestions.questionId))
      .where(and(eq(examQuestions.examId, exam.id), eq(questions.isArchived, false)))
      .orderBy(asc(examQuestions.position)),
    examItemSums(ctx.db, exam.id),
    ctx.db
      .select({ score: examScores.score })
      .from(examScores)
      .where(eq(examScores.examId, exam.id))
      .orderBy(asc(examScores.score)),
    ctx.db
      .select({
        started: sql<number>`count(*)::int`,
        submitted: sql<number>`count(${examAttempts.submittedAt})::int`,
        automatic: sql<number>`count(*) filter (where ${examAttempts.submissionKind} = 'auto')::int`,
        times: sql<
          number[] | null
        >`array_agg(extract(epoch from ${examAttempts.submittedAt} - ${examAttempts.startedAt})::float8 order by ${examAttempts.submittedAt} - ${examAttempts.startedAt}) filter (where ${examAttempts.submittedAt} is not null)`,
      })
      .from(examAttempts)
      .where(eq(examAttempts.examId, exam.id)),
    // Eligible: who may take it now (its stage), who was invited and accepted, and who took it
    // (a concluded exam's takers may since have moved on to another stage).
    ctx.db
      .select({ value: sql<number>`count(*)::int` })
      .from(users)
      .where(
        or(
          mayTakeStage(exam.stage),
          inArray(
            users.id,
            ctx.db
              .select({ id: examAttempts.candidateId })
              .from(examAttempts)
              .where(eq(examAttempts.examId, exam.id)),
          ),
          inArray(
            users.id,
            ctx.db
              .select({ id: examInvitations.userId })
              .from(examInvitations)
              .where(
                and(eq(examInvitations.examId, exam.id), isNotNull(examInvitations.acceptedAt)),
              ),
          ),
        ),
      ),
  ]);
  const { totals, groupSize, questions: sums } = itemSums;
  const byQuestion = new Map<number, QuestionSums>(sums.map((row) => [row.questionId, row]));
  const scores = scoreRows.map((row) => row.score);
  const scoreSum = scores.reduce((a, b) => a + b, 0);
  const { mean, sd } = meanAndSd(
    scores.length,
    scoreSum,
    scores.reduce((a, b) => a + b * b, 0),
  );
  const attempt = attempts[0]!;
  const times = attempt.times ?? [];

  const items = live.map((question) => {
    const row = byQuestion.get(question.id);
    const n = totals.n;
    const correct = row?.correct ?? 0;
    const p = facility(correct, n);
    const discrimination: Statistic = row
      ? itemRestCorrelation({
          n,
          correct,
          sumTotal: totals.sumTotal,
          sumTotalSquares: totals.sumTotalSquares,
          sumTotalOfCorrect: row.sumTotalOfCorrect,
        })
      : { value: null, reason: "No attempts yet." };
    const counts = { A: row?.a ?? 0, B: row?.b ?? 0, C: row?.c ?? 0, D: row?.d ?? 0 };
    const upper = {
      A: row?.upperA ?? 0,
      B: row?.upperB ?? 0,
      C: row?.upperC ?? 0,
      D: row?.upperD ?? 0,
    };
    return {
      question_id: question.id,
      text: question.text,
      correct_answer: question.key,
      attempts: n,
      facility: p,
      discrimination,
      discrimination_index: upperLowerIndex({
        groupSize,
        upperCorrect: row?.upperCorrect ?? 0,
        lowerCorrect: row?.lowerCorrect ?? 0,
      }),
      options: {
        A: share(counts.A, n),
        B: share(counts.B, n),
        C: share(counts.C, n),
        D: share(counts.D, n),
      },
      no_answer: share(row?.blank ?? 0, n),
      flags:
        n === 0
          ? []
          : itemFlags({
              facility: p,
              discrimination,
              key: question.key,
              counts,
              upperGroupCounts: upper,
            }),
    };
  });

  const sumPQ = items.reduce((sum, item) => {
    const p = item.facility.value ?? 0;
    return sum + p * (1 - p);
  }, 0);
  const totalVariance = varianceFromSums(totals.n, totals.sumTotal, totals.sumTotalSquares) ?? 0;

  return {
    exam: {
      id: exam.id,
      title: exam.title,
      stage: exam.stage,
      status: examStatus(exam, ctx.clock.now()),
    },
    scores: {
      count: scores.length,
      mean,
      median: quantile(scores, 0.5),
      standard_deviation: sd,
      histogram: histogram10(scores),
    },
    completion: {
      eligible: eligible?.value ?? 0,
      started: attempt.started,
      submitted: attempt.submitted,
      automatic_submissions: attempt.automatic,
      completion_rate: facility(attempt.submitted, attempt.started),
    },
    time_used_seconds: {
      median: quantile(times, 0.5),
      q1: quantile(times, 0.25),
      q3: quantile(times, 0.75),
    },
    reliability: {
      kr20: kr20({ k: live.length, n: totals.n, sumPQ, totalVariance }),
      question_count: live.length,
    },
    questions: items,
  };
}
