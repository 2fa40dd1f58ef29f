// A broadcast's fan-out (deliver-broadcast, from its event): the targeted active people get it —
// a notification (platform) and a queued email (email) each — and nobody else; a batch run again
// (a retry after a crash) delivers to nobody twice; a role with nobody in it is logged with 0
// recipients; the broadcast ends "sent" with a log line per medium and target role.
import { and, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as itemRoute from "@/app/api/v1/broadcasts/[id]/route";
import { broadcastDeliveries, emailOutbox, notifications, users } from "@/db/schema";
import { deliverBroadcastFunction } from "@/inngest/functions/broadcasts/deliver-broadcast";
import { deliverBroadcastBatch } from "@/lib/broadcasts/deliver-broadcast-batch";
import { finishBroadcast } from "@/lib/broadcasts/finish-broadcast";
import { recipientsWhere } from "@/lib/broadcasts/recipients";
import { InProcessRunner } from "@/lib/jobs/in-process-runner";
import { contextAs, useAttemptsSuite } from "../attempts/support";
import { useBroadcastsSuite } from "./support";
import { call } from "../support/http";

const suite = useAttemptsSuite();

const broadcastAs = useBroadcastsSuite(suite);

const runJobs = async () => {
  const runner = new InProcessRunner({
    db: suite.db,
    functions: [deliverBroadcastFunction],
    clock: { now: () => new Date() },
  });
  for (let i = 0; i < 4; i += 1) await runner.tick();
};

const notified = async (broadcastId: number) =>
  (
    await suite.db
      .select({ userId: notifications.userId })
      .from(notifications)
      .where(eq(notifications.broadcastId, broadcastId))
  ).map((row) => row.userId);

describe("deliver-broadcast", () => {
  it("reaches the targeted active people by every medium, and nobody else", async () => {
    const league = [
      await suite.candidate({ role: "league" }),
      await suite.candidate({ role: "league" }),
    ];
    const inactive = await suite.candidate({ role: "league", isActive: false });
    const final = await suite.candidate({ role: "final" });
    const moderator = await suite.candidate({ userType: "staff", role: "moderator" });
    const { id, headers } = await broadcastAs({
      subject: "League round 2",
      message: "Opens on Monday at 9:00.",
      mediums: ["platform", "email"],
      target_roles: { candidate: ["league"], staff: ["moderator"] },
    });
    await runJobs();

    const targeted = [...league.map((person) => person.id), moderator.id].sort();
    expect((await notified(id)).sort()).toEqual(targeted);
    const emails = await suite.db
      .select({ to: emailOutbox.to, text: emailOutbox.text })
      .from(emailOutbox)
      .where(eq(emailOutbox.subject, "League round 2"));
    expect(emails.map((row) => row.to).sort()).toEqual(
      [...league, moderator].map((person) => person.email.toLowerCase()).sort(),
    );
    expect(emails[0]!.text).toContain("Opens on Monday at 9:00.");
    for (const other of [inactive, final]) {
      expect(await notified(id)).not.toContain(other.id);
    }

    const detail = await call(itemRoute.GET, { headers, params: { id: String(id) } });
    expect(detail.data.status).toBe("sent");
    expect(detail.data.last_attempt).not.toBeNull();
    expect(
      detail.data.logs.map(
        (log: { medium: string; target_role: string; role_type: string; message: string }) => [
          log.medium,
          log.role_type,
          log.target_role,
          log.message,
        ],
      ),
    ).toEqual([
      ["platform", "candidate", "league", "Successfully sent to 2 recipients"],
      ["platform", "staff", "moderator", "Successfully sent to 1 recipient"],
      ["email", "candidate", "league", "Successfully sent to 2 recipients"],
      ["email", "staff", "moderator", "Successfully sent to 1 recipient"],
    ]);
  });

  it("delivers a repeated batch to nobody twice, and resumes after the last one done", async () => {
    const people = [
      await suite.candidate({ role: "final" }),
      await suite.candidate({ role: "final" }),
      await suite.candidate({ role: "final" }),
    ];
    const { id } = await broadcastAs({
      subject: "Final",
      message: "See you there.",
      mediums: ["platform"],
      target_roles: { candidate: ["final"] },
    });
    const ctx = contextAs(suite.db, { id: people[0]!.id, role: "final", userType: "candidate" });
    const first = await deliverBroadcastBatch({
      ctx,
      input: { broadcastId: id, after: null, size: 2 },
    });
    expect(first.delivered).toBe(2);
    // The step ran, committed, and the process died before recording it: it runs again.
    const again = await deliverBroadcastBatch({
      ctx,
      input: { broadcastId: id, after: null, size: 2 },
    });
    expect(again).toEqual({ last: first.last, delivered: 0, emailIds: [] });
    const second = await deliverBroadcastBatch({
      ctx,
      input: { broadcastId: id, after: first.last, size: 2 },
    });
    expect(second.delivered).toBe(1);
    const done = await deliverBroadcastBatch({
      ctx,
      input: { broadcastId: id, after: second.last, size: 2 },
    });
    expect(done).toEqual({ last: null, delivered: 0, emailIds: [] });

    expect((await notified(id)).sort()).toEqual(people.map((person) => person.id).sort());
    const [deliveries] = await suite.db
      .select({ n: count() })
      .from(broadcastDeliveries)
      .where(and(eq(broadcastDeliveries.broadcastId, id)));
    expect(deliveries!.n).toBe(3);
  });

  it("reaches nobody when no role is named", async () => {
    await suite.candidate({ role: "league" });
    const [matched] = await suite.db
      .select({ n: count() })
      .from(users)
      .where(recipientsWhere({ staff: [], candidate: [] }));
    expect(matched!.n).toBe(0);
  });

  it("sends to a role with nobody in it, saying so in the log", async () => {
    const { id, headers } = await broadcastAs({
      subject: "Moderators",
      message: "Nobody is a moderator yet.",
      mediums: ["platform"],
      target_roles: { staff: ["moderator"] },
    });
    await finishBroadcast({
      ctx: contextAs(suite.db, { id: crypto.randomUUID(), role: "manager", userType: "staff" }),
      input: { id },
    });
    const detail = await call(itemRoute.GET, { headers, params: { id: String(id) } });
    expect(detail.data.status).toBe("sent");
    expect(detail.data.logs).toEqual([
      expect.objectContaining({
        medium: "platform",
        target_role: "moderator",
        message: "No recipients: nobody active has this role.",
      }),
    ]);
  });
});
