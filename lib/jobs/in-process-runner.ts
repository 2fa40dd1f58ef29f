// The embedded stand-in for Inngest: runs the same function definitions in this process, with
// durable state in Postgres/PGlite. Events from the outbox become one run per (function, event)
// (a unique index makes that exactly once, across restarts and processes); `step.run` results
// are memoised so a retried or resumed run skips finished steps; failures retry with backoff;
// sleeps and cron schedules are rows with a due time, so they survive restarts too. A function
// may have several triggers, a concurrency limit per key (counted over the runs holding a lease,
// across processes), its own backoff, and an `onFailure` handler that runs, as a durable run of
// its own (`<id>-failure`), once the last retry has failed.
import { CronExpressionParser } from "cron-parser";
import { and, asc, count, eq, gt, inArray, isNotNull, lte, or, sql } from "drizzle-orm";
import { NonRetriableError, RetryAfterError } from "inngest";
import type { Database } from "@/db/client";
import { jobRuns, jobSteps } from "@/db/schema";
import type { Clock } from "@/lib/context";
import { logger } from "@/lib/logger";
import { concurrencyKeyOf } from "./concurrency-key";
import { backoffDelayMs, durationMs } from "./duration";
import { markEventDispatchFailed, markEventsDispatched, selectPendingEvents } from "./event-outbox";
import { failureFunctionId, type JobFunction, type StepTools } from "./function-definition";
import { onEventPublished, publishEvent } from "./publish-event";

/** The payload of a failure run: what its `onFailure` handler is called with. */
type FailurePayload = {
  error: { name: string; message: string };
  event: { id: string | null; name: string; data: unknown };
  runId: string;
};

/** Thrown inside a run to park it until `wakeAt`; not an error. */
class SleepInterrupt {
  constructor(readonly wakeAt: Date) {}
}

export type RunnerOptions = {
  db: Database;
  functions: JobFunction[];
  clock: Clock;
  /** How long a claimed run is ours before another worker may take it over (crash recovery). */
  leaseMs?: number;
  batchSize?: number;
};

export class InProcessRunner {
  private readonly leaseMs: number;
  private readonly batchSize: number;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private wakeRequested = false;
  private stopped = true;
  private pollMs = 1_000;
  private readonly scheduledTicks = new Map<string, number>();

  constructor(private readonly options: RunnerOptions) {
    this.leaseMs = options.leaseMs ?? 5 * 60_000;
    this.batchSize = options.batchSize ?? 20;
  }

  /** One full pass: turn events into runs, schedule cron ticks, execute what is due. */
  async tick(): Promise<number> {
    await this.dispatchEvents();
    await this.scheduleCrons();
    let executed = 0;
    for (;;) {
      const claimed = await this.claimDueRuns();
      if (claimed.length === 0) break;
      await Promise.all(claimed.map((run) => this.execute(run)));
      executed += claimed.length;
      // New events may have been written by the runs just finished.
      await this.dispatchEvents();
    }
    return executed;
  }

  /** Keep ticking every `pollMs` (and soon after any event is published) until `stop()`. */
  start(pollMs: number): void {
    this.pollMs = pollMs;
    this.stopped = false;
    onEventPublished(() => this.wake());
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    onEventPublished(undefined);
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.loop(), delayMs);
  }

  private async loop(): Promise<void> {
    if (this.stopped || this.running) return;
    this.wakeRequested = false;
    this.running = this.tick().then(
      () => undefined,
      (error) => logger.error("jobs: worker pass failed", error),
    );
    await this.running;
    this.running = null;
    if (!this.stopped) this.schedule(this.wakeRequested ? 10 : this.pollMs);
  }

  private wake(): void {
    this.wakeRequested = true;
    // A pass in progress reschedules itself quickly; otherwise start one shortly (after commit).
    if (!this.running && !this.stopped) this.schedule(20);
  }

  /**
   * Outbox events → runs of every function they trigger, in one transaction per batch. An event
   * that cannot be turned into runs keeps its place with `attempts`/`last_error` and is tried
   * again after a backoff; the others go on.
   */
  async dispatchEvents(): Promise<number> {
    const { db, clock, functions } = this.options;
    return db.transaction(async (tx) => {
      const pending = await selectPendingEvents(tx, clock.now(), { lock: true });
      if (pending.length === 0) return 0;
      const runs: (typeof jobRuns.$inferInsert)[] = [];
      const dispatched: string[] = [];
      for (const event of pending) {
        try {
          runs.push(
            ...functions
              .filter((fn) =>
                fn.triggers.some((trigger) => "event" in trigger && trigger.event === event.name),
              )
              .map((fn) => ({
                functionId: fn.id,
                triggerKey: `event:${event.id}`,
                eventName: event.name,
                eventData: { id: event.id, data: event.data },
                maxAttempts: fn.retries + 1,
                concurrencyKey: concurrencyKeyOf(fn.concurrency, event.data),
                runAt: clock.now(),
              })),
          );
          dispatched.push(event.id);
        } catch (error) {
          logger.warn(`jobs: event ${event.id} (${event.name}) not dispatched`, error);
          await markEventDispatchFailed(tx, event.id, error, clock.now());
        }
      }
      if (runs.length > 0) await tx.insert(jobRuns).values(runs).onConflictDoNothing();
      await markEventsDispatched(tx, dispatched, clock.now());
      return dispatched.length;
    });
  }

  /**
   * Each cron function always has its next tick as a queued run; the unique key dedupes across
   * processes. A tick this runner already wrote is not written again on every poll.
   */
  async scheduleCrons(): Promise<void> {
    const { db, clock, functions } = this.options;
    for (const fn of functions) {
      for (const trigger of fn.triggers) {
        if (!("cron" in trigger)) continue;
        const next = CronExpressionParser.parse(trigger.cron, {
          currentDate: clock.now(),
          tz: "UTC",
        })
          .next()
          .toDate();
        const scheduledKey = `${fn.id} ${trigger.cron}`;
        if (this.scheduledTicks.get(scheduledKey) === next.getTime()) continue;
        await db
          .insert(jobRuns)
          .values({
            functionId: fn.id,
            // Two schedules of one function due at the same instant make one run.
            triggerKey: `cron:${next.toISOString()}`,
            eventName: "inngest/scheduled.timer",
            eventData: { id: null, data: { cron: trigger.cron } },
            maxAttempts: fn.retries + 1,
            concurrencyKey: fn.concurrency ? "*" : null,
            runAt: next,
          })
          .onConflictDoNothing();
        this.scheduledTicks.set(scheduledKey, next.getTime());
      }
    }
  }

  private async claimDueRuns() {
    const { db, clock, functions } = this.options;
    const now = clock.now();
    const limited = functions.some((fn) => fn.concurrency);
    return db.transaction(async (tx) => {
      // Counting a key's running runs and claiming more must not interleave between workers.
      if (limited) await tx.execute(sql`select pg_advisory_xact_lock(hashtext('job_runs_claim'))`);
      const due = await tx
        .select({
          id: jobRuns.id,
          functionId: jobRuns.functionId,
          concurrencyKey: jobRuns.concurrencyKey,
        })
        .from(jobRuns)
        .where(
          or(
            and(eq(jobRuns.status, "queued"), lte(jobRuns.runAt, now)),
            // A run whose worker died mid-way: its lease has lapsed, so take it over.
            and(eq(jobRuns.status, "running"), lte(jobRuns.lockedUntil, now)),
          ),
        )
        .orderBy(asc(jobRuns.runAt))
        .limit(limited ? this.batchSize * 5 : this.batchSize)
        .for("update", { skipLocked: true });
      if (due.length === 0) return [];
      const claimable = limited ? await this.withinConcurrency(tx, due, now) : due;
      if (claimable.length === 0) return [];
      return tx
        .update(jobRuns)
        .set({
          status: "running",
          attempt: sql`${jobRuns.attempt} + 1`,
          lockedUntil: new Date(now.getTime() + this.leaseMs),
        })
        .where(
          inArray(
            jobRuns.id,
            claimable.map((run) => run.id),
          ),
        )
        .returning();
    });
  }

  /** The due runs that fit their function's limit, given the runs already holding a lease. */
  private async withinConcurrency<R extends { functionId: string; concurrencyKey: string | null }>(
    tx: Parameters<Parameters<Database["transaction"]>[0]>[0],
    due: R[],
    now: Date,
  ) {
    const active = await tx
      .select({
        functionId: jobRuns.functionId,
        concurrencyKey: jobRuns.concurrencyKey,
        running: count(),
      })
      .from(jobRuns)
      .where(
        and(
          eq(jobRuns.status, "running"),
          gt(jobRuns.lockedUntil, now),
          isNotNull(jobRuns.concurrencyKey),
        ),
      )
      .groupBy(jobRuns.functionId, jobRuns.concurrencyKey);
    const group = (run: { functionId: string; concurrencyKey: string | null }) =>
      `${run.functionId}\u0000${run.concurrencyKey}`;
    const taken = new Map(active.map((row) => [group(row), row.running]));
    const claimable = due.filter((run) => {
      const limit = this.find(run.functionId)?.concurrency?.limit;
      if (limit === undefined || run.concurrencyKey === null) return true;
      const running = taken.get(group(run)) ?? 0;
      if (running >= limit) return false;
      taken.set(group(run), running + 1);
      return true;
    });
    return claimable.slice(0, this.batchSize);
  }

  /** The definition behind a run: a function, or a function's failure handler. */
  private find(functionId: string): JobFunction | undefined {
    return this.options.functions.find((fn) => fn.id === functionId);
  }

  private async execute(run: typeof jobRuns.$inferSelect): Promise<void> {
    const { db, clock } = this.options;
    const target = this.resolve(run);
    if (!target) {
      await this.finish(run.id, {
        status: "failed",
        lastError: `Unknown function "${run.functionId}"`,
      });
      return;
    }
    const memo = new Map(
      (await db.select().from(jobSteps).where(eq(jobSteps.runId, run.id))).map((step) => [
        step.stepId,
        step.output,
      ]),
    );
    try {
      const output = await target.invoke({
        step: this.stepTools(run.id, memo),
        runId: run.id,
        attempt: run.attempt - 1,
      });
      await this.finish(run.id, { status: "completed", output: output ?? null });
    } catch (error) {
      if (error instanceof SleepInterrupt) {
        // Sleeping is not an attempt: give the attempt back.
        await db
          .update(jobRuns)
          .set({
            status: "queued",
            runAt: error.wakeAt,
            lockedUntil: null,
            attempt: sql`${jobRuns.attempt} - 1`,
          })
          .where(eq(jobRuns.id, run.id));
        return;
      }
      const message = error instanceof Error ? error.message : String(error);
      const retryable = !(error instanceof NonRetriableError) && run.attempt < run.maxAttempts;
      logger.warn(
        `jobs: ${run.functionId} attempt ${run.attempt}/${run.maxAttempts} failed: ${message}`,
      );
      if (retryable) {
        await db
          .update(jobRuns)
          .set({
            status: "queued",
            runAt: new Date(clock.now().getTime() + this.retryDelay(target.fn, run, error)),
            lockedUntil: null,
            lastError: message,
          })
          .where(eq(jobRuns.id, run.id));
      } else {
        await this.fail(run, target, error);
      }
    }
  }

  /** The handler a run calls: its function's, or (for `<id>-failure`) its `onFailure`. */
  private resolve(run: typeof jobRuns.$inferSelect) {
    const eventData = run.eventData as { id: string | null; data: unknown };
    const fn = this.find(run.functionId);
    if (fn) {
      const event = { id: eventData.id ?? undefined, name: run.eventName, data: eventData.data };
      return {
        fn,
        isFailureHandler: false,
        invoke: (args: { step: StepTools; runId: string; attempt: number }) =>
          fn.handler({ ...args, event: event as never }),
      };
    }
    const owner = this.options.functions.find(
      (candidate) => candidate.onFailure && failureFunctionId(candidate.id) === run.functionId,
    );
    if (!owner?.onFailure) return undefined;
    const onFailure = owner.onFailure;
    const failure = eventData.data as FailurePayload;
    return {
      fn: owner,
      isFailureHandler: true,
      invoke: (args: { step: StepTools; runId: string; attempt: number }) =>
        onFailure({
          ...args,
          event: {
            id: failure.event.id ?? undefined,
            name: failure.event.name,
            data: failure.event.data,
          } as never,
          error: Object.assign(new Error(failure.error.message), { name: failure.error.name }),
        }),
    };
  }

  private retryDelay(fn: JobFunction, run: typeof jobRuns.$inferSelect, error: unknown): number {
    if (error instanceof RetryAfterError) {
      const at = /^\d+$/.test(error.retryAfter)
        ? Number(error.retryAfter)
        : new Date(error.retryAfter).getTime() - this.options.clock.now().getTime();
      if (Number.isFinite(at)) return Math.max(0, at);
    }
    return backoffDelayMs(fn.backoff, run.attempt);
  }

  /** The last attempt failed: the run ends "failed" and, in the same transaction, its failure
   * handler becomes a run of its own (exactly once, by the unique trigger key). */
  private async fail(
    run: typeof jobRuns.$inferSelect,
    target: { fn: JobFunction; isFailureHandler: boolean },
    error: unknown,
  ): Promise<void> {
    const { db, clock } = this.options;
    const message = error instanceof Error ? error.message : String(error);
    await db.transaction(async (tx) => {
      await tx
        .update(jobRuns)
        .set({ status: "failed", lastError: message, lockedUntil: null, finishedAt: clock.now() })
        .where(eq(jobRuns.id, run.id));
      if (target.isFailureHandler || !target.fn.onFailure) return;
      const eventData = run.eventData as { id: string | null; data: unknown };
      const payload: FailurePayload = {
        error: { name: error instanceof Error ? error.name : "Error", message },
        event: { id: eventData.id, name: run.eventName, data: eventData.data },
        runId: run.id,
      };
      await tx
        .insert(jobRuns)
        .values({
          functionId: failureFunctionId(target.fn.id),
          triggerKey: `failure:${run.id}`,
          eventName: "inngest/function.failed",
          eventData: { id: null, data: payload },
          maxAttempts: target.fn.retries + 1,
          runAt: clock.now(),
        })
        .onConflictDoNothing();
    });
  }

  private async finish(
    runId: string,
    result: { status: "completed" | "failed"; output?: unknown; lastError?: string },
  ): Promise<void> {
    await this.options.db
      .update(jobRuns)
      .set({ ...result, lockedUntil: null, finishedAt: this.options.clock.now() })
      .where(eq(jobRuns.id, runId));
  }

  private stepTools(runId: string, memo: Map<string, unknown>): StepTools {
    const { db, clock } = this.options;
    const remember = async (stepId: string, output: unknown) => {
      await db
        .insert(jobSteps)
        .values({ runId, stepId, output: output ?? null })
        .onConflictDoNothing();
      memo.set(stepId, output ?? null);
    };
    const sleepUntil = async (id: string, wakeAt: Date) => {
      const stepId = `sleep:${id}`;
      const stored = memo.get(stepId) as { wakeAt: string } | undefined;
      if (!stored) await remember(stepId, { wakeAt: wakeAt.toISOString() });
      const due = new Date(stored?.wakeAt ?? wakeAt);
      if (clock.now() < due) throw new SleepInterrupt(due);
    };
    return {
      run: async (id, body) => {
        if (memo.has(id)) return memo.get(id) as Awaited<ReturnType<typeof body>>;
        const output = await body();
        // Like Inngest, step output round-trips through JSON.
        const serialised = output === undefined ? null : JSON.parse(JSON.stringify(output));
        await remember(id, serialised);
        return serialised;
      },
      sleep: (id, duration) =>
        sleepUntil(id, new Date(clock.now().getTime() + durationMs(duration))),
      sleepUntil: (id, until) => sleepUntil(id, new Date(until)),
      sendEvent: async (id, payload) => {
        if (memo.has(`send:${id}`)) return memo.get(`send:${id}`);
        const list = Array.isArray(payload) ? payload : [payload];
        const ids = await db.transaction(async (tx) => {
          const written = [];
          for (const event of list)
            written.push(await publishEvent(tx, event, { availableAt: clock.now() }));
          await tx
            .insert(jobSteps)
            .values({ runId, stepId: `send:${id}`, output: { ids: written } });
          return written;
        });
        memo.set(`send:${id}`, { ids });
        return { ids };
      },
    };
  }
}
