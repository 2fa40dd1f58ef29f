// PUT /exams/{id}/submit-exam-score/: staff enter or correct a candidate's score by hand (0–100,
// 2 decimals). Beside score-attempt because lib/scoring owns every write of exam_scores (automatic
// and manual, both announcing exam/score.recorded); every read of them is in lib/results.
import { and, eq } from "drizzle-orm";
import { examScores } from "@/db/schema";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { loadExam } from "@/lib/exams/load-exam";
import { fullName, round2 } from "@/lib/exams/shape";
import { publishEvent } from "@/lib/jobs/publish-event";
import { loadPerson } from "@/lib/people/profile";

export async function recordManualScore({
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
