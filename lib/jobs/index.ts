// The jobs port: start whichever background worker the environment calls for, once per process.
import { getDb } from "@/db/client";
import { inngest } from "@/inngest/client";
import { platformFunctions } from "@/inngest";
import { getClock } from "@/lib/context";
import { env, services } from "@/lib/env";
import { logger } from "@/lib/logger";
import { InProcessRunner } from "./in-process-runner";
import { relayOutboxToInngest } from "./inngest-relay";

export { publishEvent } from "./publish-event";
export { InProcessRunner } from "./in-process-runner";

const state = globalThis as unknown as { __backgroundWork?: { stop: () => Promise<void> } };

export function startBackgroundWork(): void {
  if (state.__backgroundWork || env.JOBS_DISABLED) return;
  if (services.jobs === "in-process") {
    const runner = new InProcessRunner({
      db: getDb(),
      functions: platformFunctions,
      clock: getClock(),
    });
    runner.start(env.JOBS_POLL_MS);
    state.__backgroundWork = runner;
    logger.info(`jobs: running ${platformFunctions.length} functions in-process`);
    return;
  }
  let stopped = false;
  const loop = async () => {
    if (stopped) return;
    await relayOutboxToInngest({ db: getDb(), clock: getClock(), sender: inngest }).catch((error) =>
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
