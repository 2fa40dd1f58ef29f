// What the take page shows before an attempt exists: the start page's facts (title, number of
// questions, time allowed, the window's close). Reading it never creates an attempt: the clock
// starts only when the candidate presses Begin (startExam).
//
// Decisions:
// - No attempt yet: the same refusals, in the same order, as starting one (unverified_candidate,
//   exam_not_eligible, exam_not_open, then exam_has_no_questions), so the start page never offers a
//   Begin that would fail.
// - An attempt exists: "in_progress" (the page resumes it at once through takeExam, which also
//   closes an attempt whose deadline has passed); a submitted one → 400 exam_already_submitted.
// - seconds_if_begun_now: the countdown, cut short by the window's close (as the deadline will be).
import type { Context } from "@/lib/context";
import { attemptDeadline, windowClose } from "@/lib/exams/status";
import { actingCandidate, alreadySubmitted, noQuestions } from "./attempt-rules";
import { checkCandidateOrInvited, checkEligibilityOrInvited } from "./eligibility";
import { findAttempt, liveQuestionCount } from "./attempt-queries";
import { loadExam } from "@/lib/exams/load-exam";

export type ExamStart =
  | { state: "in_progress" }
  | {
      state: "not_started";
      exam: {
        id: number;
        title: string;
        description: string;
        stage: string;
        level: number;
        countdown_minutes: number;
        opened_at: string;
        closes_at: string;
      };
      question_count: number;
      server_now: string;
      seconds_if_begun_now: number;
    };

export async function getExamStart({
  ctx,
  input,
}: {
  ctx: Context;
  input: { examId: number };
}): Promise<ExamStart> {
  const user = actingCandidate(ctx);
  const exam = await loadExam(ctx, input.examId);
  const now = ctx.clock.now();
  const attempt = await findAttempt(ctx, exam.id, user.id);
  if (attempt) {
    await checkCandidateOrInvited(ctx, user, exam);
    if (attempt.submittedAt) throw alreadySubmitted();
    return { state: "in_progress" };
  }
  await checkEligibilityOrInvited(ctx, user, exam, now);
  const questionCount = await liveQuestionCount(ctx, exam.id);
  if (questionCount === 0) throw noQuestions();
  const deadline = attemptDeadline(exam, now);
  return {
    state: "not_started",
    exam: {
      id: exam.id,
      title: exam.title,
      description: exam.description,
      stage: exam.stage,
      level: exam.level,
      countdown_minutes: exam.countdownMinutes,
      opened_at: exam.scheduledDate!.toISOString(),
      closes_at: windowClose(exam)!.toISOString(),
    },
    question_count: questionCount,
    server_now: now.toISOString(),
    seconds_if_begun_now: Math.max(0, Math.floor((deadline.getTime() - now.getTime()) / 1000)),
  };
}
