// The signed-in candidate's own view of exams: the /exams list (the result page: get-exam-result.ts).
//
// Decisions:
// - The list shows active, scheduled (non-draft) exams of the candidate's stage (winners count as
//   final) plus any exam the candidate has an attempt or a score for (e.g. taken before a
//   promotion). Upcoming and ongoing exams carry the candidate's participation
//   (not_started | in_progress | done); concluded ones are "done" (attempted or scored) or
//   "missed". Scores appear only once recorded.
import { and, asc, eq, isNotNull, isNull, or } from "drizzle-orm";
import { examAttempts, examScores, exams } from "@/db/schema";
import type { Context } from "@/lib/context";
import { examStatus, stageDisplay, windowClose } from "@/lib/exams/status";
import { actingCandidate } from "./take-exam";

export type CandidateParticipation = "not_started" | "in_progress" | "done" | "missed";

export type CandidateExamItem = {
  id: number;
  title: string;
  description: string;
  stage_display: string;
  status: "scheduled" | "ongoing" | "concluded";
  scheduled_date: string;
  closes_at: string;
  countdown_minutes: number;
  participation: CandidateParticipation;
  score: number | null;
};

export async function listCandidateExams({ ctx }: { ctx: Context }): Promise<CandidateExamItem[]> {
  const user = actingCandidate(ctx);
  const stage = (user.role === "winner" ? "final" : user.role) as "screening" | "league" | "final";
  const now = ctx.clock.now();
  const rows = await ctx.db
    .select({
      exam: exams,
      attemptId: examAttempts.id,
      submittedAt: examAttempts.submittedAt,
      score: examScores.score,
    })
    .from(exams)
    .leftJoin(
      examAttempts,
      and(eq(examAttempts.examId, exams.id), eq(examAttempts.candidateId, user.id)),
    )
    .leftJoin(examScores, and(eq(examScores.examId, exams.id), eq(examScores.candidateId, user.id)))
    .where(
      and(
        isNull(exams.deletedAt),
        eq(exams.isActive, true),
        isNotNull(exams.scheduledDate),
        or(eq(exams.stage, stage), isNotNull(examAttempts.id), isNotNull(examScores.id)),
      ),
    )
    .orderBy(asc(exams.scheduledDate), asc(exams.id));

  return rows.map(({ exam, attemptId, submittedAt, score }) => {
    const status = examStatus(exam, now) as CandidateExamItem["status"];
    const took = attemptId !== null || score !== null;
    let participation: CandidateParticipation;
    if (score !== null || submittedAt) participation = "done";
    else if (status === "concluded") participation = took ? "done" : "missed";
    else participation = attemptId ? "in_progress" : "not_started";
    return {
      id: exam.id,
      title: exam.title,
      description: exam.description,
      stage_display: stageDisplay(exam),
      status,
      scheduled_date: exam.scheduledDate!.toISOString(),
      closes_at: windowClose(exam)!.toISOString(),
      countdown_minutes: exam.countdownMinutes,
      participation,
      score: score ?? null,
    };
  });
}
