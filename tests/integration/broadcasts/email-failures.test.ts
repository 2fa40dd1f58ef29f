// A broadcast's emails when the provider refuses (Resend stands outside: a stand-in sender): a
// batch refused once is retried — the log says so — and every email goes out once; a batch
// refused every time is marked failed after the last retry while the other batches still go out,
// and the broadcast ends partially_failed with the reason in its log. The platform medium is
// delivered to everyone either way.
import { count, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import * as itemRoute from "@/app/api/v1/broadcasts/[id]/route";
import { emailOutbox, notifications, users } from "@/db/schema";
import {
  broadcastBatchSize,
  deliverBroadcastFunction,
} from "@/inngest/functions/broadcasts/deliver-broadcast";
import { useEmailSender, type EmailMessage, type EmailSender } from "@/lib/email";
import { InProcessRunner } from "@/lib/jobs/in-process-runner";
import { useAttemptsSuite } from "../attempts/support";
import { useBroadcastsSuite } from "./support";
import { call } from "../support/http";

const suite = useAttemptsSuite();

/** Refuses any batch holding `refusedTo` (the first `times` times); records what it accepted. */
function flakySender(refusedTo: string, times: number) {
  const accepted: string[] = [];
  let refusals = 0;
  const sender: EmailSender = {
    kind: "resend",
    send: async () => {
      throw new Error("not used by broadcasts");
    },
    sendBatch: async (messages: (EmailMessage & { id: string })[]) => {
      if (messages.some((message) => message.to === refusedTo) && refusals < times) {
        refusals += 1;
        throw new Error("Resend refused the batch: rate_limit_exceeded: Too many requests");
      }
      accepted.push(...messages.map((message) => message.id));
      return messages.map(() => ({ status: "sent" as const, providerMessageId: null }));
    },
  };
  return { sender, accepted, refusals: () => refusals };
}

const broadcastAs = useBroadcastsSuite(suite);
afterEach(() => useEmailSender(undefined));

async function finalists(n: number) {
  const rows = Array.from({ length: n }, (_, i) => ({
    email: `f${String(i).padStart(4, "0")}-${crypto.randomUUID().slice(0, 8)}@example.com`,
    firstName: "Final",
    lastName: `Candidate ${i}`,
    userType: "candidate" as const,
    role: "final",
  }));
  const inserted: { id: string; email: string }[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    inserted.push(
      ...(await suite.db
        .insert(users)
        .values(rows.slice(i, i + 500))
        .returning({ id: users.id, email: users.email })),
    );
  }
  return inserted.sort((a, b) => a.id.localeCompare(b.id)); // the fan-out's order
}

const broadcast = (subject: string) =>
  broadcastAs({
    subject,
    message: "Bring a pencil.",
    mediums: ["platform", "email"],
    target_roles: { candidate: ["final"] },
  });

/** Runs the fan-out to the end, moving the clock past each retry's backoff. */
async function runToTheEnd() {
  let now = Date.now() + 1_000;
  const runner = new InProcessRunner({
    db: suite.db,
    functions: [deliverBroadcastFunction],
    clock: { now: () => new Date(now) },
  });
  for (let i = 0; i < 8; i += 1) {
    await runner.tick();
    now += 15 * 60_000;
  }
}

type Log = { medium: string; target_role: string; status: string; message: string };

describe("a broadcast's emails when the provider refuses", () => {
  it("retries a refused batch, says so in the log, and sends every email once", async () => {
    const people = await finalists(broadcastBatchSize + 20);
    const provider = flakySender(people[broadcastBatchSize + 3]!.email, 1); // the second batch
    useEmailSender(provider.sender);
    const { id, headers } = await broadcast("Retried once");
    await runToTheEnd();

    expect(provider.refusals()).toBe(1);
    expect(provider.accepted).toHaveLength(people.length);
    expect(new Set(provider.accepted).size).toBe(people.length);
    const detail = await call(itemRoute.GET, { headers, params: { id: String(id) } });
    expect(detail.data.status).toBe("sent");
    const logs: Log[] = detail.data.logs;
    expect(logs.filter((log) => log.status === "retried")).toEqual([
      expect.objectContaining({
        medium: "email",
        target_role: "final",
        message: expect.stringMatching(
          /^Batch 2, 20 recipients: the email provider refused it \(.*rate_limit_exceeded.*\)\. Trying again\.$/,
        ),
      }),
    ]);
    expect(logs.find((log) => log.medium === "email" && log.status !== "retried")).toMatchObject({
      status: "sent",
      message: `Successfully sent to ${people.length} recipients`,
    });
    const [sent] = await suite.db
      .select({ n: count() })
      .from(emailOutbox)
      .where(eq(emailOutbox.subject, "Retried once"));
    expect(sent!.n).toBe(people.length);
  });

  it("marks a batch refused every time failed, delivers the others, and ends partially_failed", async () => {
    const people = await finalists(broadcastBatchSize + 20);
    const provider = flakySender(people[broadcastBatchSize + 3]!.email, Infinity);
    useEmailSender(provider.sender);
    const { id, headers } = await broadcast("Refused for good");
    await runToTheEnd();

    expect(provider.refusals()).toBe(4); // the first try and 3 retries
    expect(provider.accepted).toHaveLength(broadcastBatchSize);
    const statuses = await suite.db
      .select({ status: emailOutbox.status, n: count() })
      .from(emailOutbox)
      .where(eq(emailOutbox.subject, "Refused for good"))
      .groupBy(emailOutbox.status)
      .orderBy(emailOutbox.status);
    expect(statuses).toEqual([
      { status: "sent", n: broadcastBatchSize },
      { status: "failed", n: 20 },
    ]);
    const [notified] = await suite.db
      .select({ n: count() })
      .from(notifications)
      .where(eq(notifications.broadcastId, id));
    expect(notified!.n).toBe(people.length);

    const detail = await call(itemRoute.GET, { headers, params: { id: String(id) } });
    expect(detail.data.status).toBe("partially_failed");
    const logs: Log[] = detail.data.logs;
    expect(logs.filter((log) => log.status === "retried")).toHaveLength(3);
    expect(logs.filter((log) => log.status !== "retried")).toEqual([
      expect.objectContaining({
        medium: "platform",
        status: "sent",
        message: `Successfully sent to ${people.length} recipients`,
      }),
      expect.objectContaining({
        medium: "email",
        status: "partially_failed",
        message: expect.stringMatching(
          new RegExp(
            `^Sent to ${broadcastBatchSize} of ${people.length} recipients; 20 failed: .*rate_limit_exceeded`,
          ),
        ),
      }),
    ]);
  });
});
