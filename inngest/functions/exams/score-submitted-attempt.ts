import { systemContext } from "@/lib/context";
import { scoreAttempt } from "@/lib/scoring/score-attempt";
import { defineFunction } from "@/inngest/define-function";

/** After a submit (by the candidate or automatic): score the attempt. Idempotent. */
export const scoreSubmittedAttemptFunction = defineFunction(
  { id: "score-submitted-attempt", trigger: { event: "exam/attempt.submitted" }, retries: 5 },
  async ({ event, step }) =>
    step.run("score", () =>
      scoreAttempt({ ctx: systemContext(), input: { attemptId: event.data.attemptId } }),
    ),
);
