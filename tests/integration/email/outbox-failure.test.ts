// The email outbox as a delivery log: every try is counted with its error, and once the last
// retry of deliver-email has failed the email ends "failed" with the reason.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox, jobRuns } from "@/db/schema";
import { deliverEmailFunction } from "@/inngest/functions/email/deliver-email";
import { markEmailFailed, queueEmail, useEmailSender, type EmailSender } from "@/lib/email";
import { InProcessRunner } from "@/lib/jobs/in-process-runner";
import { useTestDatabase, type TestDatabase } from "../support/database";

let database: TestDatabase;
let refusals = 0;
/** A provider that refuses every message, as Resend does for a bad address. */
const refusingSender: EmailSender = {
  kind: "resend",
  send: async () => {
    refusals += 1;
    throw new Error(`Resend refused the message: validation_error (try ${refusals})`);
  },
  sendBatch: async () => {
    throw new Error("Resend refused the batch: validation_error");
  },
};

beforeAll(async () => {
  database = await useTestDatabase();
  useEmailSender(refusingSender);
});
afterAll(async () => {
  useEmailSender(undefined);
  await database.close();
});

let now = new Date("2026-05-01T09:00:00Z");
const clock = { now: () => now };

describe("an email the provider keeps refusing", () => {
  it("counts each try with its error, then ends failed with the reason after the last retry", async () => {
    const to = `refused-${randomUUID().slice(0, 6)}@example.com`;
    const id = await queueEmail(database.db, { to, subject: "Hi", text: "Hi", html: "<p>Hi</p>" });
    // The event was written at the database's now(); start the test clock after it.
    now = new Date(Date.now() + 1_000);
    const runner = new InProcessRunner({
      db: database.db,
      functions: [deliverEmailFunction],
      clock,
    });
    const email = async () =>
      (await database.db.select().from(emailOutbox).where(eq(emailOutbox.id, id)))[0]!;

    const attempts = deliverEmailFunction.retries + 1;
    for (let attempt = 1; attempt < attempts; attempt += 1) {
      await runner.tick();
      expect(await email()).toMatchObject({
        status: "queued",
        attempts: attempt,
        lastError: `Resend refused the message: validation_error (try ${attempt})`,
        failedAt: null,
      });
      now = new Date(now.getTime() + 15 * 60_000); // past any backoff
    }
    await runner.tick(); // the last attempt fails, then onFailure runs
    await runner.tick();
    expect(await email()).toMatchObject({
      status: "failed",
      attempts,
      lastError: `Resend refused the message: validation_error (try ${attempts})`,
      failedAt: expect.any(Date),
      sentAt: null,
    });
    const runs = await database.db.select().from(jobRuns);
    expect(runs.map((run) => [run.functionId, run.status]).sort()).toEqual([
      ["deliver-email", "failed"],
      ["deliver-email-failure", "completed"],
    ]);
    // Nothing more is tried.
    now = new Date(now.getTime() + 3_600_000);
    await runner.tick();
    expect((await email()).attempts).toBe(attempts);
    expect(refusals).toBe(attempts);
  });

  it("never marks an email failed once it was delivered", async () => {
    const id = await queueEmail(database.db, {
      to: `late-${randomUUID().slice(0, 6)}@example.com`,
      subject: "Hi",
      text: "Hi",
      html: "<p>Hi</p>",
    });
    await database.db.update(emailOutbox).set({ status: "sent" }).where(eq(emailOutbox.id, id));
    await expect(markEmailFailed({ db: database.db, clock }, id, "too late")).resolves.toEqual({
      status: "unchanged",
    });
    const [row] = await database.db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(row).toMatchObject({ status: "sent", lastError: null, failedAt: null });
  });
});
