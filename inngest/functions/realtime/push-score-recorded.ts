import { getRealtime, userRealtimeChannel } from "@/lib/realtime";
import { defineFunction } from "@/inngest/define-function";

/**
 * A score was recorded (automatically or by staff): tell the candidate's open pages, which reload
 * their result. Runs from the event outbox, so only after the score's transaction committed.
 */
export const pushScoreRecordedFunction = defineFunction(
  { id: "push-score-recorded", trigger: { event: "exam/score.recorded" }, retries: 3 },
  async ({ event, step }) =>
    step.run("push", () =>
      getRealtime().publish(userRealtimeChannel(event.data.candidateId), "score_recorded", {
        examId: event.data.examId,
        attemptId: event.data.attemptId,
        source: event.data.source,
      }),
    ),
);
