// Starting and resuming a candidate's single, server-timed attempt (CONTRACT §4).
//
// Decisions (documented for the lead):
// - First call (no attempt yet): eligibility in the contract's order — unverified_candidate,
//   exam_not_eligible (winners count as final), exam_not_open — each a 403; then an exam with no
//   non-archived questions → 409 exam_has_no_questions; then the attempt is created.
// - Later calls: verified and role are still checked (403 as above); a submitted attempt → 400
//   exam_already_submitted; an open attempt is resumed while now <= deadline + grace (even if the
//   window closed meanwhile: the deadline never passes the window's close); past that it is
//   auto-submitted on the spot and the call answers 400 exam_already_submitted.
import { and, asc, count, eq, isNull } from "drizzle-orm";
import { attemptAnswers, examAttempts, examQuestions, exams, questions } from "@/db/schema";
import { env } from "@/lib/env";
import type { ActingUser, Context } from "@/lib/context";
import { ApiError, Conflict, Forbidden, Invalid, NotFound } from "@/lib/errors";
import { attemptDeadline, examStatus } from "@/lib/exams/status";
import { publishEvent } from "@/lib/jobs/publish-event";

export type ExamRow = typeof exams.$inferSelect;
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

/** Verified, then stage (winners take final exams). Pure. */
export function checkCandidate(
  user: Pick<ActingUser, "isUserVerified" | "role">,
  exam: Pick<ExamRow, "stage">,
) {
  if (!user.isUserVerified) {
    throw new Forbidden("Candidate must be verified to take exams.", "unverified_candidate");
  }
  const stage = user.role === "winner" ? "final" : user.role;
  if (stage !== exam.stage) {
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

export async function loadExam(ctx: Context, examId: number): Promise<ExamRow> {
  const [exam] = await ctx.db
    .select()
    .from(exams)
    .where(and(eq(exams.id, examId), isNull(exams.deletedAt)));
  if (!exam) throw new NotFound("Exam not found.");
  return exam;
}

export async function findAttempt(ctx: Context, examId: number, candidateId: string) {
  const [attempt] = await ctx.db
    .select()
    .from(examAttempts)
    .where(and(eq(examAttempts.examId, examId), eq(examAttempts.candidateId, candidateId)));
  return attempt;
}

/** How many non-archived questions the exam has (what a candidate would be asked). */
export async function liveQuestionCount(ctx: Context, examId: number): Promise<number> {
  const [row] = await ctx.db
    .select({ total: count() })
    .from(examQuestions)
    .innerJoin(questions, eq(questions.id, examQuestions.questionId))
    .where(and(eq(examQuestions.examId, examId), eq(questions.isArchived, false)));
  return Number(row?.total ?? 0);
}

export function noQuestions(): ApiError {
  return new Conflict("This exam has no questions yet.", "exam_has_no_questions");
}

/** The exam's non-archived questions in position order, without correct answers. */
export async function examQuestionList(ctx: Context, examId: number) {
  return ctx.db
    .select({
      id: questions.id,
      text: questions.text,
      option_a: questions.optionA,
      option_b: questions.optionB,
      option_c: questions.optionC,
      option_d: questions.optionD,
    })
    .from(examQuestions)
    .innerJoin(questions, eq(questions.id, examQuestions.questionId))
    .where(and(eq(examQuestions.examId, examId), eq(questions.isArchived, false)))
    .orderBy(asc(examQuestions.position), asc(questions.id));
}

/** Close an expired attempt as auto-submitted (submitted_at = its deadline); false if already closed. */
export async function closeExpiredAttempt(ctx: Context, attempt: AttemptRow): Promise<boolean> {
  return ctx.db.transaction(async (tx) => {
    const closed = await tx
      .update(examAttempts)
      .set({ submittedAt: attempt.deadline, submissionKind: "auto" })
      .where(and(eq(examAttempts.id, attempt.id), isNull(examAttempts.submittedAt)))
      .returning({ id: examAttempts.id });
    if (closed.length === 0) return false;
    await publishEvent(tx, {
      name: "exam/attempt.submitted",
      data: {
        attemptId: attempt.id,
        examId: attempt.examId,
        candidateId: attempt.candidateId,
        kind: "auto",
      },
    });
    return true;
  });
}

/** Create the caller's attempt (first call) or resume it; the attempt row either way. */
export async function startAttempt({ ctx, input }: { ctx: Context; input: { examId: number } }) {
  const user = actingCandidate(ctx);
  const exam = await loadExam(ctx, input.examId);
  const now = ctx.clock.now();
  let attempt = await findAttempt(ctx, exam.id, user.id);
  if (!attempt) {
    checkEligibility(user, exam, now);
    if ((await liveQuestionCount(ctx, exam.id)) === 0) throw noQuestions();
    // Created under a share lock on the exam row, re-checked: an admin who ends the exam early or
    // extends its window (both update that row first) either waits for this attempt and then
    // closes or extends it too, or commits first and is seen here. Parallel first calls: the
    // unique (exam, candidate) index lets exactly one insert through.
    await ctx.db.transaction(async (tx) => {
      const [current] = await tx.select().from(exams).where(eq(exams.id, exam.id)).for("share");
      checkEligibility(user, current!, now);
      await tx
        .insert(examAttempts)
        .values({
          examId: exam.id,
          candidateId: user.id,
          startedAt: now,
          deadline: attemptDeadline(current!, now),
        })
        .onConflictDoNothing({ target: [examAttempts.examId, examAttempts.candidateId] });
    });
    attempt = (await findAttempt(ctx, exam.id, user.id))!;
  } else {
    checkCandidate(user, exam);
  }
  if (attempt.submittedAt) throw alreadySubmitted();
  if (now.getTime() > attempt.deadline.getTime() + graceMs()) {
    await closeExpiredAttempt(ctx, attempt);
    throw alreadySubmitted();
  }
  return { exam, attempt, now };
}

export async function attemptState(ctx: Context, attempt: AttemptRow, now: Date) {
  const answers = await ctx.db
    .select()
    .from(attemptAnswers)
    .where(eq(attemptAnswers.attemptId, attempt.id))
    .orderBy(asc(attemptAnswers.questionId));
  return {
    id: attempt.id,
    started_at: attempt.startedAt.toISOString(),
    deadline: attempt.deadline.toISOString(),
    server_now: now.toISOString(),
    answers: answers.map((answer) => ({
      question_id: answer.questionId,
      selected_option: answer.selectedOption,
      seq: answer.seq,
      saved_at: answer.savedAt.toISOString(),
    })),
  };
}

/** GET /exams/{id}/take-exam/: the spec's payload plus the attempt. */
export async function takeExam({ ctx, input }: { ctx: Context; input: { examId: number } }) {
  const { exam, attempt, now } = await startAttempt({ ctx, input });
  const questionList = await examQuestionList(ctx, exam.id);
  const state = await attemptState(ctx, attempt, now);
  return {
    id: exam.id,
    title: exam.title,
    stage: exam.stage,
    description: exam.description,
    open_duration_hours: exam.openDurationHours,
    scheduled_date: exam.scheduledDate!.toISOString(),
    countdown_minutes: exam.countdownMinutes,
    questions: questionList,
    attempt: state,
  };
}

/** POST /exams/{id}/start/: idempotent; the attempt only. */
export async function startExam({ ctx, input }: { ctx: Context; input: { examId: number } }) {
  const { attempt, now } = await startAttempt({ ctx, input });
  return { attempt: await attemptState(ctx, attempt, now) };
}
