import { getDb } from "@/db/client";
import { pruneOtpRequestCooldowns } from "@/lib/accounts/otp/request-cooldown";
import { getClock } from "@/lib/context";
import { defineFunction } from "@/inngest/define-function";

/** Hourly: drop OTP resend cooldowns that have run out (they are kept for unknown addresses too). */
export const pruneOtpCooldownsFunction = defineFunction(
  { id: "prune-otp-cooldowns", trigger: { cron: "17 * * * *" }, retries: 2 },
  async ({ step }) => step.run("prune", () => pruneOtpRequestCooldowns(getDb(), getClock().now())),
);
