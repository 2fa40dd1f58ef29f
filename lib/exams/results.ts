// GET /exams/{id}/questions/ (the exam's questions with their authors) and GET /exams/{id}/results/
// (every recorded score, best first), and the manual score entry PUT /exams/{id}/submit-exam-score/.
import { and, asc, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { examAttempts, examQuestions, examScores, questions, users } from "@/db/schema";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { publishEvent } from "@/lib/jobs/publish-event";
import { loadPerson } from "@/lib/people/profile";
import { questionContent } from "@/lib/questions/question-content";
import { loadExam } from "./load-exam";
import { fullName, round2, staffRef } from "./shape";

export async function listExamQuestions({ ctx, input }: { ctx: Context; input: { id: number } }) {
  const exam = await loadExam(ctx, input.id);
  const rows = await ctx.db
    .select({ question: questions, author: users })
    .from(examQuestions)
    .innerJoin(questions, eq(questions.id, examQuestions.questionId))
    .leftJoin(users, eq(users.id, questions.createdById))
    .where(and(eq(examQuestions.examId, exam.id), eq(questions.isArchived, false)))
    .orderBy(asc(examQuestions.position), asc(questions.id));
  return rows.map(({ question, author }) => ({
    ...questionContent(question),
    created_at: question.createdAt.toISOString(),
    created_by: staffRef(author),
  }));
}

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

/** GET /exams/{id}/results/. */
export async function listExamResults({ ctx, input }: { ctx: Context; input: { id: number } }) {
  return (await examScoreRows(ctx, input.id)).map((row) => row.result);
}

/** Enter or correct a candidate's score by hand (0–100, 2 decimals). */
export async function submitExamScore({
  ctx,
  input,
}: {
  ctx: Context;
  input: { id: number; candidate_id: string; score: number };
}) {
  requirePermission(ctx, "scores:submit");
  const exam = await loadExam(ctx, input.id);
  const candidate = await loadPerson(ctx, input.candidate_id, "candidate");
  const score = round2(input.score);
  const now = ctx.clock.now();
  const submittedById = ctx.actor.user?.id ?? null;
  const existed = await ctx.db.transaction(async (tx) => {
    const [current] = await tx
      .select({ id: examScores.id })
      .from(examScores)
      .where(and(eq(examScores.examId, exam.id), eq(examScores.candidateId, candidate.id)))
      .limit(1);
    const written = await tx
      .insert(examScores)
      .values({
        examId: exam.id,
        candidateId: candidate.id,
        score,
        autoScore: false,
        submittedById,
        recordedAt: now,
        updatedAt: now,
      })
      .onConflictDoUpdate({
        target: [examScores.examId, examScores.candidateId],
        set: { score, autoScore: false, submittedById, updatedAt: now },
      })
      .returning({ attemptId: examScores.attemptId });
    await publishEvent(tx, {
      name: "exam/score.recorded",
      data: {
        examId: exam.id,
        candidateId: candidate.id,
        attemptId: written[0]?.attemptId ?? null,
        score,
        source: "manual",
      },
    });
    return Boolean(current);
  });
  return {
    message: existed ? "Score updated." : "Score submitted.",
    data: { candidate: fullName(candidate), exam: exam.title, score },
  };
}
