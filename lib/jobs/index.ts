// The jobs port: start whichever background worker the environment calls for, once per process.
// The functions and the Inngest sender come from the caller (instrumentation.ts), so this layer
// never imports the Inngest layer above it.
import { getDb } from "@/db/client";
import { getClock } from "@/lib/context";
import { env, services } from "@/lib/env";
import { logger } from "@/lib/logger";
import type { JobFunction } from "./function-definition";
import { InProcessRunner } from "./in-process-runner";
import { relayOutboxToInngest, type EventSender } from "./inngest-relay";

export { publishEvent } from "./publish-event";
export { InProcessRunner } from "./in-process-runner";
export type { JobFunction } from "./function-definition";

const state = globalThis as unknown as { __backgroundWork?: { stop: () => Promise<void> } };

export function startBackgroundWork({
  functions,
  sender,
}: {
  /** Run in-process when Inngest is not configured. */
  functions: JobFunction[];
  /** Receives the outbox's events when Inngest is configured. */
  sender: EventSender;
}): void {
  if (state.__backgroundWork || env.JOBS_DISABLED) return;
  if (services.jobs === "in-process") {
    const runner = new InProcessRunner({ db: getDb(), functions, clock: getClock() });
    runner.start(env.JOBS_POLL_MS);
    state.__backgroundWork = runner;
    logger.info(`jobs: running ${functions.length} functions in-process`);
    return;
  }
  let stopped = false;
  const loop = async () => {
    if (stopped) return;
    await relayOutboxToInngest({ db: getDb(), clock: getClock(), sender }).catch((error) =>
      logger.error("jobs: outbox relay failed", error),
    );
    setTimeout(loop, env.JOBS_POLL_MS).unref();
  };
  void loop();
  state.__backgroundWork = { stop: async () => void (stopped = true) };
  logger.info("jobs: relaying the event outbox to Inngest");
}

export async function stopBackgroundWork(): Promise<void> {
  await state.__backgroundWork?.stop();
  state.__backgroundWork = undefined;
}
