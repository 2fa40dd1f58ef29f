import { autoSubmitExpired } from "@/lib/attempts/auto-submit";
import { systemContext } from "@/lib/context";
import { defineFunction } from "@/inngest/define-function";

/** Every minute: submit, with their saved answers, attempts past deadline + grace. */
export const autoSubmitExpiredAttemptsFunction = defineFunction(
  { id: "auto-submit-expired-attempts", trigger: { cron: "* * * * *" }, retries: 2 },
  async ({ step }) => step.run("submit", () => autoSubmitExpired({ ctx: systemContext() })),
);
