// The signed-in candidate's own view of exams: the /exams list (their result: lib/results/).
//
// Decisions:
// - The list shows active, scheduled (non-draft) exams of the candidate's stage (winners count as
//   final) plus any exam the candidate has an attempt or a score for (e.g. taken before a
//   promotion). Upcoming and ongoing exams carry the candidate's participation
//   (not_started | in_progress | done); concluded ones are "done" (attempted or scored) or
//   "missed". Scores appear only once recorded.
// - An exam whose window closed before the candidate registered is left out: it was never theirs
//   to take, so it is neither "missed" nor history they need to see.
// - `can_take` says whether the Start / Resume link may be offered: the exam is open, the attempt
//   is not submitted, the candidate is identity-verified and the exam is of their stage (the same
//   rules take-exam enforces). The page shows no Start button otherwise.
import { and, asc, eq, isNotNull, isNull, or, sql } from "drizzle-orm";
import { preparedPerDatabase } from "@/db/prepared";
import { examAttempts, examScores, exams, users } from "@/db/schema";
import type { Context } from "@/lib/context";
import { NotFound } from "@/lib/errors";
import { examStatus, stageDisplay, windowClose } from "@/lib/exams/status";
import { actingCandidate } from "./attempt-rules";

export type CandidateParticipation = "not_started" | "in_progress" | "done" | "missed";

export type CandidateExamItem = {
  id: number;
  title: string;
  description: string;
  stage: string;
  level: number;
  stage_display: string;
  status: "scheduled" | "ongoing" | "concluded";
  scheduled_date: string;
  closes_at: string;
  countdown_minutes: number;
  open_duration_hours: number;
  participation: CandidateParticipation;
  score: number | null;
  /** Whether the candidate may start or resume it now (open, theirs, verified, not submitted). */
  can_take: boolean;
};

// Every page load of /exams and of the dashboard runs this: prepared once per database
// (db/prepared.ts). The exams of the stage, and any the candidate took, with their attempt and score.
const examRows = preparedPerDatabase((db) =>
  db
    .select({
      exam: exams,
      attemptId: examAttempts.id,
      submittedAt: examAttempts.submittedAt,
      score: examScores.score,
    })
    .from(exams)
    .leftJoin(
      examAttempts,
      and(
        eq(examAttempts.examId, exams.id),
        eq(examAttempts.candidateId, sql.placeholder("candidateId")),
      ),
    )
    .leftJoin(
      examScores,
      and(
        eq(examScores.examId, exams.id),
        eq(examScores.candidateId, sql.placeholder("candidateId")),
      ),
    )
    .where(
      and(
        isNull(exams.deletedAt),
        eq(exams.isActive, true),
        isNotNull(exams.scheduledDate),
        or(
          eq(exams.stage, sql`${sql.placeholder("stage")}::exam_stage`),
          isNotNull(examAttempts.id),
          isNotNull(examScores.id),
        ),
      ),
    )
    .orderBy(asc(exams.scheduledDate), asc(exams.id))
    .prepare("candidate_exam_rows"),
);

/** `dateJoined`: the candidate's, when the caller has read it already (saves a query). */
export async function listCandidateExams({
  ctx,
  dateJoined,
}: {
  ctx: Context;
  dateJoined?: Date;
}): Promise<CandidateExamItem[]> {
  const user = actingCandidate(ctx);
  const stage = (user.role === "winner" ? "final" : user.role) as "screening" | "league" | "final";
  const now = ctx.clock.now();
  const [person] = dateJoined
    ? [{ dateJoined }]
    : await ctx.db
        .select({ dateJoined: users.dateJoined })
        .from(users)
        .where(eq(users.id, user.id));
  if (!person) throw new NotFound("User not found.");
  const rows = await examRows(ctx.db).execute({ candidateId: user.id, stage });

  return rows.flatMap(({ exam, attemptId, submittedAt, score }) => {
    const status = examStatus(exam, now) as CandidateExamItem["status"];
    const closesAt = windowClose(exam)!;
    const took = attemptId !== null || score !== null;
    if (status === "concluded" && !took && closesAt <= person.dateJoined) return [];
    let participation: CandidateParticipation;
    if (score !== null || submittedAt) participation = "done";
    else if (status === "concluded") participation = took ? "done" : "missed";
    else participation = attemptId ? "in_progress" : "not_started";
    const canTake =
      status === "ongoing" &&
      participation !== "done" &&
      user.isUserVerified &&
      exam.stage === stage;
    return [
      {
        id: exam.id,
        title: exam.title,
        description: exam.description,
        stage: exam.stage,
        level: exam.level,
        stage_display: stageDisplay(exam),
        status,
        scheduled_date: exam.scheduledDate!.toISOString(),
        closes_at: closesAt.toISOString(),
        countdown_minutes: exam.countdownMinutes,
        open_duration_hours: exam.openDurationHours,
        participation,
        score: score ?? null,
        can_take: canTake,
      },
    ];
  });
}
