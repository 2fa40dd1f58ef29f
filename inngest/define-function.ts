// One way to declare a background function: it becomes a real Inngest function (served at
// /api/inngest) and, unchanged, a function the in-process runner can execute. Both honour the
// same options: several triggers, retries with a backoff of the function's own, a concurrency
// limit per key, and an `onFailure` handler called once after the last retry has failed.
import { NonRetriableError, RetryAfterError } from "inngest";
import { assertConcurrencyKey } from "@/lib/jobs/concurrency-key";
import { backoffDelayMs } from "@/lib/jobs/duration";
import type {
  Backoff,
  Concurrency,
  FailureArgs,
  FunctionArgs,
  FunctionTrigger,
  JobFunction,
  Retries,
  StepTools,
} from "@/lib/jobs/function-definition";
import { inngest } from "./client";
import { events } from "./events";

export type {
  Duration,
  FunctionArgs,
  FunctionTrigger,
  StepTools,
} from "@/lib/jobs/function-definition";

export type PlatformFunction = JobFunction & {
  inngestFunction: ReturnType<typeof inngest.createFunction>;
};

type TriggerOptions<T extends FunctionTrigger> = { trigger: T } | { triggers: readonly T[] };

export type FunctionOptions<T extends FunctionTrigger> = TriggerOptions<T> & {
  id: string;
  /** Retries after the first attempt (default 3); Inngest allows 0–20. */
  retries?: Retries;
  /**
   * The delay before each retry. Inngest schedules its own backoff; with this option set, a
   * failure is re-thrown to Inngest as a RetryAfterError carrying this delay, so both runners
   * wait the same (e.g. `dayLongBackoff` with `retries: 10` for a webhook that retries for a day).
   */
  backoff?: Backoff;
  /** At most `limit` runs at once per value of `key` (e.g. `event.data.examId`). */
  concurrency?: Concurrency;
  /** Called once, after the last retry failed, with the final error and the original event. */
  onFailure?: (args: FailureArgs<T>) => Promise<unknown>;
};

const defaultRetries = 3;

export function defineFunction<const T extends FunctionTrigger>(
  options: FunctionOptions<T>,
  handler: (args: FunctionArgs<T>) => Promise<unknown>,
): PlatformFunction {
  const triggers: readonly T[] = "triggers" in options ? options.triggers : [options.trigger];
  if (triggers.length === 0) throw new Error(`${options.id}: a function needs a trigger`);
  const retries = options.retries ?? defaultRetries;
  if (options.concurrency) assertConcurrencyKey(options.id, options.concurrency);
  const backoff = options.backoff;

  // Inngest's step tools are a superset of StepTools, and its event carries the same fields.
  type InngestArgs = Omit<FunctionArgs<T>, "step"> & { step: StepTools };
  const runOnInngest = (args: InngestArgs) =>
    backoff
      ? withBackoff(backoff, retries, args.attempt, () =>
          handler({ ...args, step: stepsWithBackoff(args.step, backoff, retries, args.attempt) }),
        )
      : handler(args);

  const inngestFunction = inngest.createFunction(
    {
      id: options.id,
      retries,
      triggers: triggers.map((trigger) =>
        "event" in trigger ? events[trigger.event] : { cron: trigger.cron },
      ) as never,
      ...(options.concurrency
        ? { concurrency: { limit: options.concurrency.limit, key: options.concurrency.key } }
        : {}),
      ...(options.onFailure
        ? {
            // Inngest calls it with its `inngest/function.failed` event; hand on the original.
            onFailure: (args: {
              error: Error;
              event: { data: { event: unknown } };
              step: unknown;
              runId: string;
              attempt: number;
            }) =>
              options.onFailure!({
                error: args.error,
                event: args.event.data.event as FailureArgs<T>["event"],
                step: args.step as StepTools,
                runId: args.runId,
                attempt: args.attempt,
              }),
          }
        : {}),
    } as never,
    (args: unknown) => runOnInngest(args as InngestArgs),
  );
  return {
    id: options.id,
    triggers,
    retries,
    backoff,
    concurrency: options.concurrency,
    handler: handler as JobFunction["handler"],
    onFailure: options.onFailure as JobFunction["onFailure"],
    inngestFunction,
  };
}

/** On Inngest: a retryable failure before the last attempt asks for the function's own delay. */
async function withBackoff<R>(
  backoff: Backoff,
  retries: number,
  attempt: number,
  body: () => Promise<R>,
): Promise<R> {
  try {
    return await body();
  } catch (error) {
    if (
      error instanceof NonRetriableError ||
      error instanceof RetryAfterError ||
      attempt >= retries
    )
      throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new RetryAfterError(message, backoffDelayMs(backoff, attempt + 1), { cause: error });
  }
}

/** Steps retry on their own on Inngest, so each step's failure carries the delay as well. */
function stepsWithBackoff(
  step: StepTools,
  backoff: Backoff,
  retries: number,
  attempt: number,
): StepTools {
  return {
    run: (id, body) =>
      step.run(id, () => withBackoff(backoff, retries, attempt, async () => body())),
    sleep: (id, duration) => step.sleep(id, duration),
    sleepUntil: (id, until) => step.sleepUntil(id, until),
    sendEvent: (id, payload) => step.sendEvent(id, payload),
  };
}
