// Eligibility with invitations (CONTRACT §6): an accepted invitation to an exam vouches for the
// person for that exam only — it waives identity verification and the stage rule, never the
// window. The pure rules run first; the invitation is looked up only when they refuse, so the hot
// exam-day path costs no extra query.
import { and, eq, isNotNull } from "drizzle-orm";
import { examInvitations } from "@/db/schema";
import type { ActingUser, Context } from "@/lib/context";
import type { ExamRow } from "@/lib/exams/shape";
import { examStatus } from "@/lib/exams/status";
import { checkCandidate, examNotOpen } from "./attempt-rules";

export async function hasAcceptedInvitation(ctx: Context, examId: number, userId: string) {
  const [row] = await ctx.db
    .select({ id: examInvitations.id })
    .from(examInvitations)
    .where(
      and(
        eq(examInvitations.examId, examId),
        eq(examInvitations.userId, userId),
        isNotNull(examInvitations.acceptedAt),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** checkCandidate, unless the person accepted an invitation to this exam. */
export async function checkCandidateOrInvited(
  ctx: Context,
  user: Pick<ActingUser, "id" | "isUserVerified" | "role">,
  exam: Pick<ExamRow, "id" | "stage">,
) {
  try {
    checkCandidate(user, exam);
  } catch (error) {
    if (!(await hasAcceptedInvitation(ctx, exam.id, user.id))) throw error;
  }
}

/** checkEligibility (in the contract's order), with the invitation waiver. */
export async function checkEligibilityOrInvited(
  ctx: Context,
  user: Pick<ActingUser, "id" | "isUserVerified" | "role">,
  exam: ExamRow,
  now: Date,
) {
  await checkCandidateOrInvited(ctx, user, exam);
  if (examStatus(exam, now) !== "ongoing") throw examNotOpen();
}
