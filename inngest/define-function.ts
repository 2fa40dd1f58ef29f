// One way to declare a background function: it becomes a real Inngest function (served at
// /api/inngest) and, unchanged, a function the in-process runner can execute.
import type { EventData, EventName, OutgoingEvent } from "@/lib/events/registry";
import { inngest } from "./client";
import { events } from "./events";

export type Duration = number | `${number}${"ms" | "s" | "m" | "h" | "d"}`;

/** The part of Inngest's step tools our functions use; both runners provide it. */
export type StepTools = {
  run: <T>(id: string, fn: () => Promise<T> | T) => Promise<T>;
  sleep: (id: string, duration: Duration) => Promise<void>;
  sleepUntil: (id: string, until: Date | string) => Promise<void>;
  sendEvent: (id: string, payload: OutgoingEvent | OutgoingEvent[]) => Promise<unknown>;
};

export type FunctionTrigger = { event: EventName } | { cron: string };

export type FunctionArgs<T extends FunctionTrigger> = {
  event: T extends { event: infer N extends EventName }
    ? { id?: string; name: N; data: EventData<N> }
    : { id?: string; name: string; data: Record<string, never> };
  step: StepTools;
  runId: string;
  attempt: number;
};

export type PlatformFunction = {
  id: string;
  trigger: FunctionTrigger;
  /** Retries after the first attempt (Inngest's meaning); attempts = retries + 1. */
  retries: number;
  handler: (args: FunctionArgs<FunctionTrigger>) => Promise<unknown>;
  inngestFunction: ReturnType<typeof inngest.createFunction>;
};

type Retries = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

export function defineFunction<const T extends FunctionTrigger>(
  options: { id: string; trigger: T; retries?: Retries },
  handler: (args: FunctionArgs<T>) => Promise<unknown>,
): PlatformFunction {
  const retries = options.retries ?? 3;
  const trigger = "event" in options.trigger ? events[options.trigger.event] : options.trigger;
  const inngestFunction = inngest.createFunction(
    { id: options.id, retries, triggers: [trigger] },
    // Inngest's step tools are a superset of StepTools, and its event carries the same fields.
    (args) => handler(args as unknown as FunctionArgs<T>),
  );
  return {
    id: options.id,
    trigger: options.trigger,
    retries,
    handler: handler as PlatformFunction["handler"],
    inngestFunction,
  };
}
