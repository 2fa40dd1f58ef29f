// A dispatch that fails leaves its trace on the event: `attempts` counted and `last_error` kept,
// and the event is tried again later (never dropped), by the in-process runner and by the relay.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { eventOutbox } from "@/db/schema";
import { defineFunction } from "@/inngest/define-function";
import { InProcessRunner } from "@/lib/jobs/in-process-runner";
import { relayOutboxToInngest } from "@/lib/jobs/inngest-relay";
import { publishEvent } from "@/lib/jobs/publish-event";
import { useJobsSuite } from "./support";

const jobs = useJobsSuite();
const { clock, time } = jobs;

const concluded = () =>
  publishEvent(
    jobs.db,
    {
      name: "exam/exam.concluded",
      data: { examId: 4, concludedAt: time.now.toISOString(), endedEarly: false },
    },
    { availableAt: time.now },
  );
const outboxRow = async (id: string) =>
  (await jobs.db.select().from(eventOutbox).where(eq(eventOutbox.id, id)))[0]!;

describe("in-process dispatch", () => {
  it("counts a failed dispatch on the event, keeps the reason, and dispatches it once it can", async () => {
    const seen: number[] = [];
    // The key names a field this event does not carry, so the event cannot be assigned a group.
    const misconfigured = defineFunction(
      {
        id: "per-attempt",
        trigger: { event: "exam/exam.concluded" },
        concurrency: { key: "event.data.attemptId", limit: 1 },
      },
      async ({ event }) => void seen.push(event.data.examId),
    );
    const id = await concluded();
    const other = await publishEvent(
      jobs.db,
      { name: "email/message.queued", data: { emailId: randomUUID() } },
      { availableAt: time.now },
    );

    const runner = new InProcessRunner({ db: jobs.db, functions: [misconfigured], clock });
    await runner.tick();
    const failed = await outboxRow(id);
    expect(failed).toMatchObject({ attempts: 1, dispatchedAt: null });
    expect(failed.lastError).toMatch(/concurrency key event\.data\.attemptId/);
    expect(failed.availableAt.getTime()).toBeGreaterThan(time.now.getTime());
    expect((await outboxRow(other)).dispatchedAt).toEqual(time.now); // the rest of the batch goes on

    time.now = new Date(failed.availableAt.getTime());
    await runner.tick();
    expect(await outboxRow(id)).toMatchObject({ attempts: 2, dispatchedAt: null });

    // Fixed (the next deploy keys by the exam): dispatched and run when it is next due.
    const fixed = defineFunction(
      {
        id: "per-attempt",
        trigger: { event: "exam/exam.concluded" },
        concurrency: { key: "event.data.examId", limit: 1 },
      },
      async ({ event }) => void seen.push(event.data.examId),
    );
    time.now = new Date((await outboxRow(id)).availableAt.getTime());
    await new InProcessRunner({ db: jobs.db, functions: [fixed], clock }).tick();
    expect(await outboxRow(id)).toMatchObject({ attempts: 2, dispatchedAt: time.now });
    expect(seen).toEqual([4]);
  });
});

describe("relay to Inngest", () => {
  it("counts each failed send on every event with the reason, and sends them on a later pass", async () => {
    let down = true;
    const sent: string[] = [];
    const sender = {
      send: async (events: { id: string }[]) => {
        if (down) throw new Error("Inngest unavailable (503)");
        sent.push(...events.map((event) => event.id));
      },
    };
    const id = await concluded();
    expect(await relayOutboxToInngest({ db: jobs.db, clock, sender })).toBe(0);
    expect(await relayOutboxToInngest({ db: jobs.db, clock, sender })).toBe(0);
    expect(await outboxRow(id)).toMatchObject({
      attempts: 2,
      lastError: "Inngest unavailable (503)",
      dispatchedAt: null,
    });
    down = false;
    expect(await relayOutboxToInngest({ db: jobs.db, clock, sender })).toBe(1);
    expect(sent).toEqual([id]);
    expect(await outboxRow(id)).toMatchObject({ attempts: 2, dispatchedAt: time.now });
  });
});
