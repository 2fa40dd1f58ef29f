// POST /exams/{id}/start/: start or resume the attempt (idempotent); the attempt only.
import type { Context } from "@/lib/context";
import { attemptState } from "./attempt-queries";
import { startAttempt } from "./start-attempt";

/** POST /exams/{id}/start/: idempotent; the attempt only. */
export async function startExam({ ctx, input }: { ctx: Context; input: { examId: number } }) {
  const { attempt, now } = await startAttempt({ ctx, input });
  return { attempt: await attemptState(ctx, attempt, now) };
}
