// GET /exams/{id}/take-exam/: start or resume the attempt; the exam, its questions and the attempt.
import type { Context } from "@/lib/context";
import { examQuestionList, attemptState } from "./attempt-queries";
import { startAttempt } from "./start-attempt";

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
