// The options a function declares, honoured by the in-process runner: several triggers, a
// concurrency limit per key, a backoff of its own, and onFailure once the last retry failed.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { eventOutbox, jobRuns } from "@/db/schema";
import { defineFunction, type PlatformFunction } from "@/inngest/define-function";
import { dayLongBackoff } from "@/lib/jobs/duration";
import { InProcessRunner } from "@/lib/jobs/in-process-runner";
import { publishEvent } from "@/lib/jobs/publish-event";
import { useJobsSuite } from "./support";

const jobs = useJobsSuite();
const { clock, time, advance } = jobs;

const runner = (...functions: PlatformFunction[]) =>
  new InProcessRunner({ db: jobs.db, functions, clock });
const emailQueued = () =>
  publishEvent(
    jobs.db,
    { name: "email/message.queued", data: { emailId: randomUUID() } },
    { availableAt: time.now },
  );
const attemptSubmitted = (examId: number) =>
  publishEvent(
    jobs.db,
    {
      name: "exam/attempt.submitted",
      data: { attemptId: randomUUID(), examId, candidateId: randomUUID(), kind: "candidate" },
    },
    { availableAt: time.now },
  );
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("several triggers", () => {
  it("runs once for each of its event triggers and for its schedule, seeing which one fired", async () => {
    const seen: string[] = [];
    const fn = defineFunction(
      {
        id: "multi",
        triggers: [
          { event: "email/message.queued" },
          { event: "exam/attempt.submitted" },
          { cron: "0 * * * *" },
        ],
      },
      async ({ event }) => {
        if (event.name === "exam/attempt.submitted") seen.push(`submitted:${event.data.examId}`);
        else if (event.name === "email/message.queued") seen.push("email");
        else seen.push("cron");
      },
    );
    time.now = new Date("2026-05-01T09:59:00Z");
    await emailQueued();
    await attemptSubmitted(7);
    await runner(fn).tick();
    expect(seen.sort()).toEqual(["email", "submitted:7"]);
    time.now = new Date("2026-05-01T10:00:00Z");
    await runner(fn).tick();
    expect(seen.sort()).toEqual(["cron", "email", "submitted:7"]);
    const runs = await jobs.db.select().from(jobRuns).where(eq(jobRuns.functionId, "multi"));
    const finished = runs.filter((run) => run.status !== "queued"); // the 11:00 tick waits
    expect(finished.map((run) => run.status)).toEqual(["completed", "completed", "completed"]);
    expect(runs.filter((run) => run.status === "queued").map((run) => run.triggerKey)).toEqual([
      "cron:2026-05-01T11:00:00.000Z",
    ]);
  });
});

describe("onFailure", () => {
  it("is called once, after the last retry failed, with the error and the original event", async () => {
    const failures: { message: string; emailId: string; name: string }[] = [];
    let attempts = 0;
    const fn = defineFunction(
      {
        id: "doomed",
        trigger: { event: "email/message.queued" },
        retries: 2,
        backoff: ["1s"],
        onFailure: async ({ error, event }) =>
          void failures.push({
            message: error.message,
            emailId: event.data.emailId,
            name: event.name,
          }),
      },
      async () => {
        attempts += 1;
        throw new Error(`refused ${attempts}`);
      },
    );
    const eventId = await emailQueued();
    const [event] = await jobs.db.select().from(eventOutbox).where(eq(eventOutbox.id, eventId));
    const worker = runner(fn);
    await worker.tick();
    expect(failures).toEqual([]); // a retry is still to come
    advance(1_000);
    await worker.tick();
    expect(failures).toEqual([]);
    advance(1_000);
    await worker.tick();
    expect(attempts).toBe(3);
    expect(failures).toEqual([
      {
        message: "refused 3",
        emailId: (event!.data as { emailId: string }).emailId,
        name: "email/message.queued",
      },
    ]);
    // Later passes (and other processes) never call it again.
    advance(60_000);
    await worker.tick();
    await runner(fn).tick();
    expect(failures).toHaveLength(1);
    const runs = await jobs.db.select().from(jobRuns);
    expect(runs.find((run) => run.functionId === "doomed")).toMatchObject({
      status: "failed",
      attempt: 3,
      lastError: "refused 3",
    });
    expect(runs.find((run) => run.functionId === "doomed-failure")).toMatchObject({
      status: "completed",
    });
  });

  it("is not called for a run that succeeds on a retry", async () => {
    const failures: string[] = [];
    let attempts = 0;
    const fn = defineFunction(
      {
        id: "recovers",
        trigger: { event: "email/message.queued" },
        retries: 1,
        backoff: ["1s"],
        onFailure: async ({ error }) => void failures.push(error.message),
      },
      async () => {
        attempts += 1;
        if (attempts === 1) throw new Error("once");
      },
    );
    await emailQueued();
    await runner(fn).tick();
    advance(1_000);
    await runner(fn).tick();
    expect(attempts).toBe(2);
    expect(failures).toEqual([]);
  });
});

describe("concurrency key", () => {
  it("runs at most `limit` at once per key value, and different keys side by side", async () => {
    const active = new Map<number, number>();
    const peaks = new Map<number, number>();
    let peakOverall = 0;
    const fn = defineFunction(
      {
        id: "one-per-exam",
        trigger: { event: "exam/attempt.submitted" },
        concurrency: { key: "event.data.examId", limit: 1 },
      },
      async ({ event }) => {
        const examId = event.data.examId;
        active.set(examId, (active.get(examId) ?? 0) + 1);
        peaks.set(examId, Math.max(peaks.get(examId) ?? 0, active.get(examId)!));
        peakOverall = Math.max(
          peakOverall,
          [...active.values()].reduce((a, b) => a + b, 0),
        );
        await pause(50);
        active.set(examId, active.get(examId)! - 1);
      },
    );
    for (const examId of [1, 1, 1, 2, 2]) await attemptSubmitted(examId);
    // Two workers over the same database share the limit.
    await Promise.all([runner(fn).tick(), runner(fn).tick()]);
    expect(peaks.get(1)).toBe(1);
    expect(peaks.get(2)).toBe(1);
    expect(peakOverall).toBe(2);
    const runs = await jobs.db.select().from(jobRuns);
    expect(runs.map((run) => run.status)).toEqual(Array(5).fill("completed"));
    expect(runs.map((run) => run.concurrencyKey).sort()).toEqual(["1", "1", "1", "2", "2"]);
  });

  it("allows up to the limit in parallel for one key", async () => {
    let active = 0;
    let peak = 0;
    const fn = defineFunction(
      {
        id: "two-per-exam",
        trigger: { event: "exam/attempt.submitted" },
        concurrency: { key: "event.data.examId", limit: 2 },
      },
      async () => {
        active += 1;
        peak = Math.max(peak, active);
        await pause(50);
        active -= 1;
      },
    );
    for (let i = 0; i < 5; i += 1) await attemptSubmitted(3);
    expect(await runner(fn).tick()).toBe(5);
    expect(peak).toBe(2);
  });

  it("refuses a key it cannot evaluate when the function is defined", () => {
    expect(() =>
      defineFunction(
        {
          id: "bad-key",
          trigger: { event: "exam/attempt.submitted" },
          concurrency: { key: "event.data.examId + 1", limit: 1 },
        },
        async () => undefined,
      ),
    ).toThrow(/concurrency key/);
  });
});

describe("retries and backoff per function", () => {
  it("waits the function's own schedule between attempts, the last entry repeating", async () => {
    let attempts = 0;
    const fn = defineFunction(
      {
        id: "webhook-like",
        trigger: { event: "email/message.queued" },
        retries: 4,
        backoff: ["1m", "10m"],
      },
      async () => {
        attempts += 1;
        throw new Error("receiver down");
      },
    );
    await emailQueued();
    const worker = runner(fn);
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await worker.tick();
      const [run] = await jobs.db.select().from(jobRuns);
      if (run!.status === "failed") break;
      delays.push(run!.runAt.getTime() - time.now.getTime());
      advance(run!.runAt.getTime() - time.now.getTime() - 1);
      expect(await worker.tick()).toBe(0); // not a millisecond early
      advance(1);
    }
    expect(delays).toEqual([60_000, 600_000, 600_000, 600_000]);
    expect(attempts).toBe(5);
    const [run] = await jobs.db.select().from(jobRuns);
    expect(run).toMatchObject({ status: "failed", attempt: 5, maxAttempts: 5 });
  });

  it("spreads a day-long schedule's ten retries over more than a day", async () => {
    const fn = defineFunction(
      {
        id: "day-long",
        trigger: { event: "email/message.queued" },
        retries: 10,
        backoff: dayLongBackoff,
      },
      async () => {
        throw new Error("receiver down");
      },
    );
    await emailQueued();
    const started = time.now.getTime();
    const worker = runner(fn);
    for (;;) {
      await worker.tick();
      const [run] = await jobs.db.select().from(jobRuns);
      if (run!.status === "failed") break;
      time.now = run!.runAt;
    }
    const [run] = await jobs.db.select().from(jobRuns);
    expect(run).toMatchObject({ status: "failed", attempt: 11 });
    expect(time.now.getTime() - started).toBeGreaterThan(24 * 3_600_000);
  });

  it("keeps the default exponential backoff for a function without a schedule", async () => {
    const fn = defineFunction(
      { id: "default-backoff", trigger: { event: "email/message.queued" }, retries: 1 },
      async () => {
        throw new Error("nope");
      },
    );
    await emailQueued();
    await runner(fn).tick();
    const [run] = await jobs.db.select().from(jobRuns);
    const delay = run!.runAt.getTime() - time.now.getTime();
    expect(delay).toBeGreaterThanOrEqual(750);
    expect(delay).toBeLessThanOrEqual(1_250);
  });
});
