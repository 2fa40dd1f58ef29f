import { Inngest } from "inngest";
import { env } from "@/lib/env";

/**
 * The Inngest client. Used against Inngest (cloud, or its dev server with INNGEST_DEV=1) when
 * configured; in the embedded default the same function definitions run in-process instead
 * (lib/jobs/in-process-runner.ts) and this client only describes them.
 */
export const inngest = new Inngest({
  id: "competition-platform",
  isDev: env.INNGEST_DEV,
  eventKey: env.INNGEST_EVENT_KEY,
  signingKey: env.INNGEST_SIGNING_KEY,
});
