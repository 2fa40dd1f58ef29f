// The embedded Inngest stand-in: outbox events run each function exactly once (across restarts),
// steps are memoised, failures retry with backoff, sleeps and cron schedules follow the clock.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { NonRetriableError } from "inngest";
import { describe, expect, it } from "vitest";
import { jobRuns } from "@/db/schema";
import { defineFunction, type PlatformFunction } from "@/inngest/define-function";
import { InProcessRunner } from "@/lib/jobs/in-process-runner";
import { publishEvent } from "@/lib/jobs/publish-event";
import { useJobsSuite } from "./support";

const jobs = useJobsSuite();
const { clock, time, advance } = jobs;

const runner = (...functions: PlatformFunction[]) =>
  new InProcessRunner({ db: jobs.db, functions, clock });
// Events become available at the test clock's "now" (the database's own now() is real time).
const emit = (db = jobs.db) =>
  publishEvent(
    db,
    { name: "email/message.queued", data: { emailId: randomUUID() } },
    { availableAt: time.now },
  );

describe("delivery", () => {
  it("runs an event written in a committed transaction exactly once, even after a restart", async () => {
    const seen: string[] = [];
    const fn = defineFunction(
      { id: "record-once", trigger: { event: "email/message.queued" } },
      async ({ event, step }) => step.run("record", () => void seen.push(event.data.emailId)),
    );
    const eventId = await jobs.db.transaction((tx) => emit(tx as never));

    expect(await runner(fn).tick()).toBe(1);
    expect(seen).toHaveLength(1);
    // A new process over the same database finds nothing left to do.
    expect(await runner(fn).tick()).toBe(0);
    expect(seen).toHaveLength(1);
    const runs = await jobs.db
      .select()
      .from(jobRuns)
      .where(eq(jobRuns.triggerKey, `event:${eventId}`));
    expect(runs).toMatchObject([{ functionId: "record-once", status: "completed", attempt: 1 }]);
  });

  it("never runs an event whose transaction rolled back", async () => {
    const seen: string[] = [];
    const fn = defineFunction(
      { id: "never", trigger: { event: "email/message.queued" } },
      async () => void seen.push("ran"),
    );
    await expect(
      jobs.db.transaction(async (tx) => {
        await emit(tx as never);
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await runner(fn).tick()).toBe(0);
    expect(seen).toEqual([]);
  });

  it("picks up an event a crashed process had dispatched but not run", async () => {
    const seen: string[] = [];
    const fn = defineFunction(
      { id: "after-crash", trigger: { event: "email/message.queued" } },
      async () => void seen.push("ran"),
    );
    await emit();
    await runner(fn).dispatchEvents(); // the first process dies right after this
    expect(seen).toEqual([]);
    expect(await runner(fn).tick()).toBe(1);
    expect(seen).toEqual(["ran"]);
  });

  it("takes over a run whose worker died mid-way once its lease lapses, without repeating finished steps", async () => {
    const calls: string[] = [];
    let crash = true;
    const fn = defineFunction(
      { id: "resume", trigger: { event: "email/message.queued" } },
      async ({ step }) => {
        await step.run("first", () => void calls.push("first"));
        if (crash) throw new Error("process killed"); // stands in for the process dying here
        await step.run("second", () => void calls.push("second"));
      },
    );
    await emit();
    const first = new InProcessRunner({ db: jobs.db, functions: [fn], clock, leaseMs: 60_000 });
    await first.tick();
    // Simulate the crash: the run is left "running" with its lease, as a dead process leaves it.
    await jobs.db
      .update(jobRuns)
      .set({ status: "running", lockedUntil: new Date(time.now.getTime() + 60_000) });
    crash = false;
    expect(await runner(fn).tick()).toBe(0); // lease still held
    advance(61_000);
    expect(await runner(fn).tick()).toBe(1);
    expect(calls).toEqual(["first", "second"]);
  });

  it("fans one event out to every function it triggers", async () => {
    const seen: string[] = [];
    const a = defineFunction(
      { id: "fan-a", trigger: { event: "email/message.queued" } },
      async () => void seen.push("a"),
    );
    const b = defineFunction(
      { id: "fan-b", trigger: { event: "email/message.queued" } },
      async () => void seen.push("b"),
    );
    await emit();
    await runner(a, b).tick();
    expect(seen.sort()).toEqual(["a", "b"]);
  });
});

describe("retries", () => {
  it("retries a failing run with growing backoff and memoised steps, then succeeds", async () => {
    let attempts = 0;
    const prepared: number[] = [];
    const fn = defineFunction(
      { id: "flaky", trigger: { event: "email/message.queued" }, retries: 3 },
      async ({ step }) => {
        await step.run("prepare", () => void prepared.push(attempts));
        attempts += 1;
        if (attempts < 3) throw new Error(`flaky ${attempts}`);
        return "done";
      },
    );
    await emit();
    const worker = runner(fn);
    await worker.tick();
    const [afterFirst] = await jobs.db.select().from(jobRuns);
    expect(afterFirst).toMatchObject({ status: "queued", attempt: 1, lastError: "flaky 1" });
    const firstDelay = afterFirst!.runAt.getTime() - time.now.getTime();
    expect(firstDelay).toBeGreaterThanOrEqual(750);
    expect(firstDelay).toBeLessThanOrEqual(1_250);

    expect(await worker.tick()).toBe(0); // not due yet
    advance(firstDelay);
    await worker.tick();
    const [afterSecond] = await jobs.db.select().from(jobRuns);
    expect(afterSecond!.runAt.getTime() - time.now.getTime()).toBeGreaterThanOrEqual(1_500);

    advance(5_000);
    await worker.tick();
    const [finished] = await jobs.db.select().from(jobRuns);
    expect(finished).toMatchObject({ status: "completed", attempt: 3, output: "done" });
    expect(prepared).toEqual([0]); // the step before the failure ran once
  });

  it("gives up after the last retry, and at once on NonRetriableError", async () => {
    const always = defineFunction(
      { id: "always-fails", trigger: { event: "email/message.queued" }, retries: 1 },
      async () => {
        throw new Error("broken");
      },
    );
    const fatal = defineFunction(
      { id: "fatal", trigger: { event: "email/message.queued" }, retries: 5 },
      async () => {
        throw new NonRetriableError("bad payload");
      },
    );
    await emit();
    const worker = runner(always, fatal);
    await worker.tick();
    advance(10_000);
    await worker.tick();
    const runs = await jobs.db.select().from(jobRuns);
    expect(runs.find((run) => run.functionId === "always-fails")).toMatchObject({
      status: "failed",
      attempt: 2,
      lastError: "broken",
    });
    expect(runs.find((run) => run.functionId === "fatal")).toMatchObject({
      status: "failed",
      attempt: 1,
    });
  });
});

describe("time", () => {
  it("parks a sleeping run until its wake time, surviving a restart", async () => {
    const marks: string[] = [];
    const fn = defineFunction(
      { id: "sleeper", trigger: { event: "email/message.queued" } },
      async ({ step }) => {
        await step.run("before", () => void marks.push("before"));
        await step.sleep("nap", "1h");
        await step.run("after", () => void marks.push("after"));
      },
    );
    await emit();
    await runner(fn).tick();
    expect(marks).toEqual(["before"]);
    advance(30 * 60_000);
    expect(await runner(fn).tick()).toBe(0); // not due before its wake time
    expect(marks).toEqual(["before"]);
    advance(31 * 60_000);
    await runner(fn).tick();
    expect(marks).toEqual(["before", "after"]);
    const [run] = await jobs.db.select().from(jobRuns);
    expect(run).toMatchObject({ status: "completed", attempt: 1 });
  });

  it("runs a cron function once per tick of its schedule, never twice for the same tick", async () => {
    const ticks: string[] = [];
    const fn = defineFunction(
      { id: "every-five", trigger: { cron: "*/5 * * * *" } },
      async () => void ticks.push(time.now.toISOString()),
    );
    time.now = new Date("2026-05-01T09:02:00Z");
    await runner(fn).tick();
    expect(ticks).toEqual([]);
    time.now = new Date("2026-05-01T09:05:00Z");
    await Promise.all([runner(fn).tick(), runner(fn).tick()]);
    expect(ticks).toEqual(["2026-05-01T09:05:00.000Z"]);
    time.now = new Date("2026-05-01T09:10:30Z");
    await runner(fn).tick();
    expect(ticks).toEqual(["2026-05-01T09:05:00.000Z", "2026-05-01T09:10:30.000Z"]);
  });

  it("delivers events sent from a step to the functions they trigger", async () => {
    const seen: string[] = [];
    const sender = defineFunction(
      { id: "sender", trigger: { cron: "0 * * * *" } },
      async ({ step }) =>
        step.sendEvent("announce", {
          name: "email/message.queued",
          data: { emailId: "8c3f1a52-0d0b-4f43-9d7a-0a3c8b1f7e21" },
        }),
    );
    const receiver = defineFunction(
      { id: "receiver", trigger: { event: "email/message.queued" } },
      async ({ event }) => void seen.push(event.data.emailId),
    );
    time.now = new Date("2026-05-01T09:59:00Z");
    await runner(sender, receiver).tick();
    time.now = new Date("2026-05-01T10:00:00Z");
    await runner(sender, receiver).tick();
    expect(seen).toEqual(["8c3f1a52-0d0b-4f43-9d7a-0a3c8b1f7e21"]);
  });
});
