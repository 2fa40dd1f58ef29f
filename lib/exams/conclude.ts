// Ending an ongoing exam early (POST /exams/{id}/conclude/, admin+; CONTRACT §4): the window
// closes at that instant, and the attempts still open are submitted automatically with their saved
// answers, as at a deadline, and scored by the usual job.
//
// Concurrency: the exam row is locked first (the update that records the end), then the open
// attempts. A second conclude waits for the first and then finds the exam concluded (409), so no
// attempt is submitted twice. An autosave holds its attempt FOR SHARE while it writes: it either
// commits before the attempts are closed (and its answer is part of the submission) or waits and
// then finds the attempt submitted (refused, never acknowledged). A candidate starting at that
// moment holds the exam row FOR SHARE (lib/attempts/start-attempt.ts): started before, closed with
// the others; or refused after.
import { exams } from "@/db/schema";
import { autoSubmitAtEnd } from "@/lib/attempts/auto-submit";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { ApiError } from "@/lib/errors";
import { eq } from "drizzle-orm";
import { lockExam } from "./load-exam";
import { publishEndedEarly } from "./publish-window-events";
import { examStatus, type ExamStatus } from "./status";

const notOngoing: Record<Exclude<ExamStatus, "ongoing">, string> = {
  draft: "This exam is a draft: it has not opened, so there is nothing to end.",
  scheduled: "This exam has not opened yet, so it cannot be ended. Edit its schedule instead.",
  concluded: "This exam has already concluded.",
  cancelled: "This exam is cancelled: candidates cannot take it, so there is nothing to end.",
};

/** POST /exams/{id}/conclude/: end the ongoing exam now; how many attempts were submitted. */
export async function concludeExam({
  ctx,
  input,
}: {
  ctx: Context;
  input: { id: number };
}): Promise<{ submitted: number; concludedAt: Date }> {
  requirePermission(ctx, "exams:manage");
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const exam = await lockExam(tx, input.id);
    const status = examStatus(exam, now);
    if (status !== "ongoing") {
      throw new ApiError(409, "exam_not_ongoing", notOngoing[status]);
    }
    await tx
      .update(exams)
      .set({ endedEarlyAt: now, updatedAt: now, updatedById: ctx.actor.user?.id ?? null })
      .where(eq(exams.id, exam.id));
    const { submitted } = await autoSubmitAtEnd(tx, { examId: exam.id, at: now });
    await publishEndedEarly(tx, exam.id, now);
    return { submitted, concludedAt: now };
  });
}
