import { systemContext } from "@/lib/context";
import { notifyScoreRecorded } from "@/lib/notifications/notify-score-recorded";
import { defineFunction } from "@/inngest/define-function";

/** A score was recorded: tell the candidate in their notifications (lib/notifications). */
export const notifyScoreRecordedFunction = defineFunction(
  { id: "notify-score-recorded", trigger: { event: "exam/score.recorded" }, retries: 3 },
  async ({ event, step }) =>
    step.run("notify", () => notifyScoreRecorded({ ctx: systemContext(), input: event.data })),
);
