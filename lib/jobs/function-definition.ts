// What a background function is, independent of who runs it: its triggers, retry policy,
// concurrency and failure handler. inngest/define-function.ts builds these (and the matching
// Inngest function); the in-process runner executes them. lib/ never imports the Inngest layer.
import type { EventData, EventName, OutgoingEvent } from "@/lib/events/registry";

export type Duration = number | `${number}${"ms" | "s" | "m" | "h" | "d"}`;

/** The part of Inngest's step tools our functions use; both runners provide it. */
export type StepTools = {
  run: <T>(id: string, fn: () => Promise<T> | T) => Promise<T>;
  sleep: (id: string, duration: Duration) => Promise<void>;
  sleepUntil: (id: string, until: Date | string) => Promise<void>;
  sendEvent: (id: string, payload: OutgoingEvent | OutgoingEvent[]) => Promise<unknown>;
};

export type FunctionTrigger = { event: EventName } | { cron: string };

/** The event a run sees: one of its event triggers' payloads, or the cron tick. */
export type TriggeredEvent<T extends FunctionTrigger> = T extends {
  event: infer N extends EventName;
}
  ? { id?: string; name: N; data: EventData<N> }
  : { id?: string; name: "inngest/scheduled.timer"; data: { cron?: string } };

export type FunctionArgs<T extends FunctionTrigger> = {
  event: TriggeredEvent<T>;
  step: StepTools;
  runId: string;
  /** Zero-based, as in Inngest. */
  attempt: number;
};

/** What `onFailure` receives once the last retry has failed. */
export type FailureArgs<T extends FunctionTrigger> = FunctionArgs<T> & { error: Error };

/**
 * Delay before the n-th retry (n = 1 after the first failed attempt): a list (the last entry
 * repeats) or a function. Without one, exponential backoff with jitter capped at 10 minutes.
 */
export type Backoff = readonly Duration[] | ((retry: number) => Duration);

/**
 * At most `limit` runs at once per value of `key`, an expression on the event (the subset of
 * Inngest's CEL both runners understand: `event.data.<field>[.<field>…]`); no key: per function.
 */
export type Concurrency = { limit: number; key?: string };

/** Inngest accepts 0–20 retries (TypeScript SDK v4); attempts = retries + 1. */
export type Retries =
  0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20;

export type JobFunction = {
  id: string;
  triggers: readonly FunctionTrigger[];
  /** Retries after the first attempt (Inngest's meaning); attempts = retries + 1. */
  retries: number;
  backoff?: Backoff;
  concurrency?: Concurrency;
  handler: (args: FunctionArgs<FunctionTrigger>) => Promise<unknown>;
  onFailure?: (args: FailureArgs<FunctionTrigger>) => Promise<unknown>;
};

/** Inngest names a function's failure handler `<id>-failure`; the in-process runner does too. */
export const failureFunctionId = (id: string) => `${id}-failure`;
