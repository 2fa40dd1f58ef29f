import { systemContext } from "@/lib/context";
import { scoreUnscored } from "@/lib/scoring/score-unscored";
import { defineFunction } from "@/inngest/define-function";

/** Every 5 minutes: score any submitted attempt left unscored. */
export const scoreUnscoredAttemptsFunction = defineFunction(
  { id: "score-unscored-attempts", trigger: { cron: "*/5 * * * *" }, retries: 2 },
  async ({ step }) => step.run("score", () => scoreUnscored({ ctx: systemContext() })),
);
