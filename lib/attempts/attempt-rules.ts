// The rules every attempt operation applies (CONTRACT §4), and their errors:
// - First call (no attempt yet): eligibility in the contract's order — unverified_candidate,
//   exam_not_eligible (winners count as final), exam_not_open — each a 403; then an exam with no
//   non-archived questions → 409 exam_has_no_questions; then the attempt is created.
// - Later calls: verified and role are still checked (403 as above); a submitted attempt → 400
//   exam_already_submitted; an open attempt is resumed while now <= deadline + grace (even if the
//   window closed meanwhile: the deadline never passes the window's close); past that it is
//   auto-submitted on the spot and the call answers 400 exam_already_submitted.
import { and, eq, inArray, isNull, type SQL } from "drizzle-orm";
import { examAttempts, users } from "@/db/schema";
import { env } from "@/lib/env";
import type { ActingUser, Context } from "@/lib/context";
import { ApiError, Conflict, Forbidden, Invalid } from "@/lib/errors";
import { examStatus } from "@/lib/exams/status";

import type { ExamRow } from "@/lib/exams/shape";

export type AttemptRow = typeof examAttempts.$inferSelect;

export const graceMs = () => env.ANSWER_GRACE_SECONDS * 1000;

export function alreadySubmitted(): ApiError {
  return new Invalid(
    "You have already submitted answers for this exam.",
    undefined,
    "exam_already_submitted",
  );
}

export function examNotOpen(): ApiError {
  return new Forbidden("This exam is not open for submissions.", "exam_not_open");
}

export function attemptNotStarted(): ApiError {
  return new Invalid(
    "You have not started this exam: open it with take-exam first.",
    undefined,
    "attempt_not_started",
  );
}

/** The acting candidate, or 403 (routes already require `exams:take`). */
export function actingCandidate(ctx: Context): ActingUser {
  const user = ctx.actor.user;
  if (!user || user.userType !== "candidate") throw new Forbidden();
  return user;
}

/** The candidate roles that take an exam of `stage`: its own, and winners take final exams. */
export const rolesForStage = (stage: string): string[] =>
  stage === "final" ? ["final", "winner"] : [stage];

/**
 * The same rule as a query condition on users: the candidates who may take an exam of `stage`
 * (active, not deleted, identity-verified, of its roles) — whom an opening is announced to and
 * whom the analysis counts as eligible.
 */
export const mayTakeStage = (stage: string): SQL =>
  and(
    eq(users.userType, "candidate"),
    inArray(users.role, rolesForStage(stage)),
    eq(users.isActive, true),
    eq(users.isUserVerified, true),
    isNull(users.deletedAt),
  )!;

/** Verified, then stage (rolesForStage). Pure. */
export function checkCandidate(
  user: Pick<ActingUser, "isUserVerified" | "role">,
  exam: Pick<ExamRow, "stage">,
) {
  if (!user.isUserVerified) {
    throw new Forbidden("Candidate must be verified to take exams.", "unverified_candidate");
  }
  if (!rolesForStage(exam.stage).includes(user.role)) {
    throw new Forbidden("You are not eligible for this exam's stage.", "exam_not_eligible");
  }
}

/** The full first-call eligibility check, in the contract's order. Pure. */
export function checkEligibility(
  user: Pick<ActingUser, "isUserVerified" | "role">,
  exam: Pick<
    ExamRow,
    "stage" | "scheduledDate" | "openDurationHours" | "endedEarlyAt" | "isActive"
  >,
  now: Date,
) {
  checkCandidate(user, exam);
  if (examStatus(exam, now) !== "ongoing") throw examNotOpen();
}

export function noQuestions(): ApiError {
  return new Conflict("This exam has no questions yet.", "exam_has_no_questions");
}
