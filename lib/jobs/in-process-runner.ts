// The embedded stand-in for Inngest: runs the same function definitions in this process, with
// durable state in Postgres/PGlite. Events from the outbox become one run per (function, event)
// (a unique index makes that exactly once, across restarts and processes); `step.run` results
// are memoised so a retried or resumed run skips finished steps; failures retry with backoff;
// sleeps and cron schedules are rows with a due time, so they survive restarts too.
import { CronExpressionParser } from "cron-parser";
import { and, asc, eq, inArray, lte, or, sql } from "drizzle-orm";
import { NonRetriableError } from "inngest";
import type { Database } from "@/db/client";
import { jobRuns, jobSteps } from "@/db/schema";
import type { Clock } from "@/lib/context";
import { logger } from "@/lib/logger";
import type { PlatformFunction, StepTools } from "@/inngest/define-function";
import { durationMs, retryDelayMs } from "./duration";
import { markEventsDispatched, selectPendingEvents } from "./event-outbox";
import { onEventPublished, publishEvent } from "./publish-event";

/** Thrown inside a run to park it until `wakeAt`; not an error. */
class SleepInterrupt {
  constructor(readonly wakeAt: Date) {}
}

export type RunnerOptions = {
  db: Database;
  functions: PlatformFunction[];
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

  /** Outbox events → runs of every function they trigger, in one transaction per batch. */
  async dispatchEvents(): Promise<number> {
    const { db, clock, functions } = this.options;
    return db.transaction(async (tx) => {
      const pending = await selectPendingEvents(tx, clock.now(), { lock: true });
      if (pending.length === 0) return 0;
      const runs = pending.flatMap((event) =>
        functions
          .filter((fn) => "event" in fn.trigger && fn.trigger.event === event.name)
          .map((fn) => ({
            functionId: fn.id,
            triggerKey: `event:${event.id}`,
            eventName: event.name,
            eventData: { id: event.id, data: event.data },
            maxAttempts: fn.retries + 1,
            runAt: clock.now(),
          })),
      );
      if (runs.length > 0) await tx.insert(jobRuns).values(runs).onConflictDoNothing();
      await markEventsDispatched(
        tx,
        pending.map((event) => event.id),
        clock.now(),
      );
      return pending.length;
    });
  }

  /**
   * Each cron function always has its next tick as a queued run; the unique key dedupes across
   * processes. A tick this runner already wrote is not written again on every poll.
   */
  async scheduleCrons(): Promise<void> {
    const { db, clock, functions } = this.options;
    const cronFunctions = functions.filter((fn) => "cron" in fn.trigger);
    for (const fn of cronFunctions) {
      const expression = (fn.trigger as { cron: string }).cron;
      const next = CronExpressionParser.parse(expression, { currentDate: clock.now(), tz: "UTC" })
        .next()
        .toDate();
      if (this.scheduledTicks.get(fn.id) === next.getTime()) continue;
      await db
        .insert(jobRuns)
        .values({
          functionId: fn.id,
          triggerKey: `cron:${next.toISOString()}`,
          eventName: "inngest/scheduled.timer",
          eventData: { id: null, data: { cron: expression } },
          maxAttempts: fn.retries + 1,
          runAt: next,
        })
        .onConflictDoNothing();
      this.scheduledTicks.set(fn.id, next.getTime());
    }
  }

  private async claimDueRuns() {
    const { db, clock } = this.options;
    const now = clock.now();
    return db.transaction(async (tx) => {
      const due = await tx
        .select({ id: jobRuns.id })
        .from(jobRuns)
        .where(
          or(
            and(eq(jobRuns.status, "queued"), lte(jobRuns.runAt, now)),
            // A run whose worker died mid-way: its lease has lapsed, so take it over.
            and(eq(jobRuns.status, "running"), lte(jobRuns.lockedUntil, now)),
          ),
        )
        .orderBy(asc(jobRuns.runAt))
        .limit(this.batchSize)
        .for("update", { skipLocked: true });
      if (due.length === 0) return [];
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
            due.map((run) => run.id),
          ),
        )
        .returning();
    });
  }

  private async execute(run: typeof jobRuns.$inferSelect): Promise<void> {
    const { db, clock, functions } = this.options;
    const fn = functions.find((candidate) => candidate.id === run.functionId);
    if (!fn) {
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
    const eventData = run.eventData as { id: string | null; data: unknown };
    try {
      const output = await fn.handler({
        event: {
          id: eventData.id ?? undefined,
          name: run.eventName,
          data: eventData.data as never,
        },
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
            runAt: new Date(clock.now().getTime() + retryDelayMs(run.attempt)),
            lockedUntil: null,
            lastError: message,
          })
          .where(eq(jobRuns.id, run.id));
      } else {
        await this.finish(run.id, { status: "failed", lastError: message });
      }
    }
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
