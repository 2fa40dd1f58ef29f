// Read receipts and the fan-out's durability: staff see, per medium and role, how many were sent a
// broadcast and how many have read it (moving as people read), and who has not read it; the
// composer's count matches who gets it; a fan-out whose process dies between batches — before or
// after a batch committed — resumes and reaches everyone exactly once.
import { and, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as receiptsRoute from "@/app/api/v1/broadcasts/[id]/receipts/route";
import * as unreadRoute from "@/app/api/v1/broadcasts/[id]/unread/route";
import * as notificationRoute from "@/app/api/v1/notifications/[id]/route";
import {
  broadcastDeliveries,
  broadcasts,
  emailOutbox,
  jobRuns,
  notifications,
  users,
} from "@/db/schema";
import {
  broadcastBatchSize,
  deliverBroadcastFunction,
} from "@/inngest/functions/broadcasts/deliver-broadcast";
import { countRecipients } from "@/lib/broadcasts/count-recipients";
import type { JobFunction } from "@/lib/jobs/function-definition";
import { InProcessRunner } from "@/lib/jobs/in-process-runner";
import { contextAs, useAttemptsSuite } from "../attempts/support";
import { useBroadcastsSuite } from "./support";
import { call } from "../support/http";

const suite = useAttemptsSuite();

const broadcastAs = useBroadcastsSuite(suite);

const runner = (fn: JobFunction = deliverBroadcastFunction) =>
  new InProcessRunner({ db: suite.db, functions: [fn], clock: { now: () => new Date() } });

const runJobs = async () => {
  const each = runner();
  for (let i = 0; i < 4; i += 1) await each.tick();
};

type Group = { medium: string; role_type: string; role: string; read: number | null };

describe("read receipts", () => {
  it("counts delivered, read and unread per medium and role, and lists who has not read", async () => {
    const league = [
      await suite.candidate({ role: "league", firstName: "Ada", lastName: "Zed" }),
      await suite.candidate({ role: "league", firstName: "Bo", lastName: "Abe" }),
    ];
    const moderator = await suite.candidate({ userType: "staff", role: "moderator" });
    const { id, headers, manager } = await broadcastAs({
      subject: "Round 2",
      message: "Opens Monday.",
      mediums: ["platform", "email"],
      target_roles: { candidate: ["league"], staff: ["moderator"] },
    });
    const ctx = contextAs(suite.db, { id: manager.id, role: "manager", userType: "staff" });
    expect(
      await countRecipients({
        ctx,
        input: { targets: { candidate: ["league"], staff: ["moderator"] } },
      }),
    ).toBe(3);
    await runJobs();

    const receipts = async () => {
      const response = await call(receiptsRoute.GET, { headers, params: { id: String(id) } });
      expect(response.status).toBe(200);
      return response.data;
    };
    const before = await receipts();
    expect(before.totals).toEqual({ delivered: 3, read: 0, unread: 3 });
    expect(before.groups).toEqual([
      {
        medium: "email",
        role_type: "candidate",
        role: "league",
        delivered: 2,
        read: null,
        unread: null,
      },
      {
        medium: "email",
        role_type: "staff",
        role: "moderator",
        delivered: 1,
        read: null,
        unread: null,
      },
      {
        medium: "platform",
        role_type: "candidate",
        role: "league",
        delivered: 2,
        read: 0,
        unread: 2,
      },
      {
        medium: "platform",
        role_type: "staff",
        role: "moderator",
        delivered: 1,
        read: 0,
        unread: 1,
      },
    ]);

    // Ada reads it in her notifications.
    const [ada] = await suite.db
      .select({ id: notifications.id })
      .from(notifications)
      .where(and(eq(notifications.broadcastId, id), eq(notifications.userId, league[0]!.id)));
    const read = await call(notificationRoute.PATCH, {
      headers: await suite.headersFor(league[0]!.id),
      method: "PATCH",
      params: { id: String(ada!.id) },
      json: { read: true },
    });
    expect(read.status).toBe(200);

    const after = await receipts();
    expect(after.totals).toEqual({ delivered: 3, read: 1, unread: 2 });
    expect(
      after.groups.find((group: Group) => group.medium === "platform" && group.role === "league")
        .read,
    ).toBe(1);

    const unread = await call(unreadRoute.GET, { headers, params: { id: String(id) } });
    expect(unread.status).toBe(200);
    expect(unread.data.pagination.count).toBe(2);
    expect(unread.data.results.map((person: { id: string }) => person.id).sort()).toEqual(
      [league[1]!.id, moderator.id].sort(),
    );
    expect(unread.data.results[0]).toMatchObject({ role_type: expect.any(String) });
  });

  it("is for managers and up, and 404 for a broadcast that does not exist", async () => {
    const { id } = await broadcastAs({
      subject: "Staff only",
      message: "Hello.",
      mediums: ["platform"],
      target_roles: { staff: ["moderator"] },
    });
    const admin = await suite.candidate({ userType: "staff", role: "admin" });
    const candidate = await suite.candidate({ role: "league" });
    for (const person of [admin, candidate]) {
      const headers = await suite.headersFor(person.id);
      for (const route of [receiptsRoute, unreadRoute]) {
        const refused = await call(route.GET, { headers, params: { id: String(id) } });
        expect(refused.status).toBe(403);
        expect(refused.data.code).toBe("permission_denied");
      }
    }
    const manager = await suite.candidate({ userType: "staff", role: "manager" });
    const headers = await suite.headersFor(manager.id);
    for (const route of [receiptsRoute, unreadRoute]) {
      expect((await call(route.GET, { headers, params: { id: "999999" } })).status).toBe(404);
      expect((await call(route.GET, { headers, params: { id: "abc" } })).status).toBe(404);
    }
  });
});

describe("a fan-out whose process dies between batches", () => {
  async function manyFinalists(n: number) {
    const rows = Array.from({ length: n }, (_, i) => ({
      email: `finalist-${i}-${crypto.randomUUID()}@example.com`,
      firstName: "Final",
      lastName: `Candidate ${i}`,
      userType: "candidate" as const,
      role: "final",
    }));
    const ids: string[] = [];
    for (let i = 0; i < rows.length; i += 500) {
      const inserted = await suite.db
        .insert(users)
        .values(rows.slice(i, i + 500))
        .returning({ id: users.id });
      ids.push(...inserted.map((row) => row.id));
    }
    return ids;
  }

  /** The real function, except that the process "dies" around batch-1 the first time. */
  function dyingAt(moment: "before-commit" | "after-commit") {
    let died = false;
    const fn: JobFunction = {
      ...deliverBroadcastFunction,
      handler: (args) =>
        deliverBroadcastFunction.handler({
          ...args,
          step: {
            ...args.step,
            run: (async (id: string, work: () => Promise<unknown>) => {
              if (id === "batch-1" && !died) {
                died = true;
                if (moment === "after-commit") await work(); // committed, never recorded
                throw new Error("process killed");
              }
              return args.step.run(id, work);
            }) as typeof args.step.run,
          },
        }),
    };
    return fn;
  }

  for (const moment of ["before-commit", "after-commit"] as const) {
    it(`resumes at the next batch and reaches everyone once (${moment})`, async () => {
      const people = await manyFinalists(broadcastBatchSize * 2 + 7);
      const { id } = await broadcastAs({
        subject: `Final day (${moment})`,
        message: "Bring a pencil.",
        mediums: ["platform", "email"],
        target_roles: { candidate: ["final"] },
      });
      await runner(dyingAt(moment)).tick();
      // The dead process left its run "running"; the next worker takes it over.
      await suite.db.update(jobRuns).set({ status: "running", lockedUntil: new Date(0) });
      const [stuck] = await suite.db.select().from(broadcasts).where(eq(broadcasts.id, id));
      expect(stuck!.status).toBe("sending");
      await runJobs();

      const [state] = await suite.db.select().from(broadcasts).where(eq(broadcasts.id, id));
      expect(state!.status).toBe("sent");
      const perPerson = await suite.db
        .select({ userId: notifications.userId, n: count() })
        .from(notifications)
        .where(eq(notifications.broadcastId, id))
        .groupBy(notifications.userId);
      expect(perPerson.length).toBe(people.length);
      expect(perPerson.every((row) => row.n === 1)).toBe(true);
      const [emails] = await suite.db
        .select({ n: count() })
        .from(emailOutbox)
        .where(eq(emailOutbox.subject, `Final day (${moment})`));
      expect(emails!.n).toBe(people.length);
      const [deliveries] = await suite.db
        .select({ n: count() })
        .from(broadcastDeliveries)
        .where(eq(broadcastDeliveries.broadcastId, id));
      expect(deliveries!.n).toBe(people.length * 2);
    });
  }
});
