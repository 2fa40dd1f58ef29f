// Webhooks over their life: domain events reach the endpoints subscribed to them (once, even if the
// event comes twice); turned-off endpoints receive nothing; a deleted endpoint's queued deliveries
// stop and say why, and its deliveries cannot be replayed; replays resend the same message; an
// endpoint failing for 3 days is turned off and its owner told; names that resolve to private
// addresses are refused when the request is made (DNS rebinding).
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as oneRoute from "@/app/api/v1/webhooks/[id]/route";
import * as replayRoute from "@/app/api/v1/webhooks/[id]/deliveries/[delivery_id]/replay/route";
import * as toggleRoute from "@/app/api/v1/webhooks/[id]/toggle/route";
import { emailOutbox, webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { deliverWebhookFunction } from "@/inngest/functions/webhooks/deliver-webhook";
import { fanOutWebhookEventFunction } from "@/inngest/functions/webhooks/fan-out-webhook-event";
import { env } from "@/lib/env";
import { publishEvent } from "@/lib/jobs/publish-event";
import { verifyResultToken } from "@/lib/results/result-token";
import { advance, at, hours, setNow } from "../attempts/support";
import { call } from "../support/http";
import { useWebhooksSuite } from "./support";

const hooks = useWebhooksSuite();
const { suite } = hooks;

const bodies = () => hooks.receiver.received.map((r) => JSON.parse(r.body) as Record<string, any>);

describe("webhooks over their life", () => {
  it("delivers the domain events each endpoint subscribes to, and only those", async () => {
    const scores = await hooks.createWebhook({ events: ["score.recorded"] });
    const people = await hooks.createWebhook({
      url: hooks.receiver.url("/people"),
      events: ["candidate.registered", "leaderboard.published"],
    });
    const candidate = await suite.candidate({ firstName: "Ada", lastName: "Obi" });
    const staff = await suite.candidate({ userType: "staff", role: "moderator" });
    await suite.db.transaction(async (tx) => {
      await publishEvent(
        tx,
        {
          name: "user/account.registered",
          data: { userId: candidate.id, userType: "candidate" },
        },
        { availableAt: at() },
      );
      // Staff registering is not a candidate event: nobody hears of it.
      await publishEvent(
        tx,
        {
          name: "user/account.registered",
          data: { userId: staff.id, userType: "staff" },
        },
        { availableAt: at() },
      );
      await publishEvent(
        tx,
        {
          name: "exam/score.recorded",
          data: {
            examId: 7,
            candidateId: candidate.id,
            attemptId: null,
            score: 81.5,
            source: "manual",
          },
        },
        { availableAt: at() },
      );
    });
    await hooks.runJobs(6);

    const received = bodies();
    expect(received.map((b) => b.type).sort()).toEqual(["candidate.registered", "score.recorded"]);
    const registered = received.find((b) => b.type === "candidate.registered")!;
    expect(registered.data).toMatchObject({
      candidate_id: candidate.id,
      first_name: "Ada",
      last_name: "Obi",
    });
    const score = received.find((b) => b.type === "score.recorded")!;
    expect(score.data).toMatchObject({ exam_id: 7, candidate_id: candidate.id, score: 81.5 });
    // The result token in the payload is a real one for this candidate's result.
    const claims = await verifyResultToken(score.data.result_token, at());
    expect(claims).toMatchObject({ examId: 7, candidateId: candidate.id });
    const paths = hooks.receiver.received.map((r) => r.path).sort();
    expect(paths).toEqual(["/hooks", "/people"]);
    const scoreLog = await hooks.deliveries(scores.id, scores.headers);
    expect(scoreLog.map((d) => d.event_type)).toEqual(["score.recorded"]);
    const peopleLog = await hooks.deliveries(people.id, people.headers);
    expect(peopleLog.map((d) => d.event_type)).toEqual(["candidate.registered"]);
  });

  it("adds no second delivery when the fan-out sees the same event twice", async () => {
    await hooks.createWebhook({ events: ["leaderboard.published"] });
    const data = { snapshotId: 3, boardCount: 2, entryCount: 40, publishedAt: at().toISOString() };
    const { recordEventDeliveries } = await import("@/lib/webhooks/record-event-deliveries");
    const ctx = {
      db: suite.db,
      actor: { user: null, apiKey: null, ip: "t", userAgent: null },
      clock: { now: at },
    };
    const event = { name: "leaderboard/published" as const, data };
    expect(
      (await recordEventDeliveries({ ctx, input: { event, uniqueId: "evt-1" } })).deliveries,
    ).toBe(1);
    expect(
      (await recordEventDeliveries({ ctx, input: { event, uniqueId: "evt-1" } })).deliveries,
    ).toBe(0);
    await hooks.runJobs(4, [deliverWebhookFunction]);
    expect(hooks.receiver.received).toHaveLength(1);
    expect(hooks.receiver.received[0]!.headers["webhook-id"]).toBe("msg_evt1");
  });

  it("sends nothing to a turned-off endpoint, and refuses its test event", async () => {
    const { id, headers } = await hooks.createWebhook({ events: ["candidate.registered"] });
    await call(toggleRoute.PATCH, {
      method: "PATCH",
      params: { id },
      headers,
      json: { is_active: false },
    });
    const candidate = await suite.candidate();
    await publishEvent(
      suite.db,
      { name: "user/account.registered", data: { userId: candidate.id, userType: "candidate" } },
      { availableAt: at() },
    );
    await hooks.runJobs(4, [fanOutWebhookEventFunction, deliverWebhookFunction]);
    expect(hooks.receiver.received).toHaveLength(0);
    expect(await suite.db.select().from(webhookDeliveries)).toHaveLength(0);
    const test = await hooks.sendTest(id, headers);
    expect(test.status).toBe(409);
    expect(test.data.code).toBe("webhook_disabled");
  });

  it("stops a deleted endpoint's queued deliveries, says why, and 404s their replay", async () => {
    const { id, headers } = await hooks.createWebhook();
    hooks.receiver.fallback = { kind: "status", status: 500 };
    const sent = await hooks.sendTest(id, headers);
    await hooks.runJobs();
    expect(hooks.receiver.received).toHaveLength(1);
    const deleted = await call(oneRoute.DELETE, { method: "DELETE", params: { id }, headers });
    expect(deleted.status).toBe(204);
    setNow(new Date(at().getTime() + hours(1)));
    await hooks.runJobs();
    expect(hooks.receiver.received).toHaveLength(1);
    const [row] = await suite.db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.id, sent.data.delivery_id));
    expect(row).toMatchObject({
      status: "cancelled",
      lastError: "The webhook was deleted; this delivery stopped.",
    });
    const replay = await call(replayRoute.POST, {
      method: "POST",
      params: { id, delivery_id: row!.id },
      headers,
    });
    expect(replay.status).toBe(404);
  });

  it("replays a finished delivery as a new one with the same webhook-id and body", async () => {
    const { id, headers } = await hooks.createWebhook();
    const sent = await hooks.sendTest(id, headers);
    const early = await call(replayRoute.POST, {
      method: "POST",
      params: { id, delivery_id: sent.data.delivery_id },
      headers,
    });
    expect(early.status).toBe(409);
    await hooks.runJobs();
    advance(60_000);
    const replay = await call(replayRoute.POST, {
      method: "POST",
      params: { id, delivery_id: sent.data.delivery_id },
      headers,
    });
    expect(replay.status).toBe(202);
    expect(replay.data).toMatchObject({
      message_id: sent.data.message_id,
      replay_of_id: sent.data.delivery_id,
    });
    await hooks.runJobs();
    expect(hooks.receiver.received).toHaveLength(2);
    expect(hooks.receiver.received[1]!.body).toBe(hooks.receiver.received[0]!.body);
    expect(hooks.receiver.received[1]!.headers["webhook-id"]).toBe(sent.data.message_id);
    const log = await hooks.deliveries(id, headers);
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({ replay_of_id: sent.data.delivery_id, status: "succeeded" });
    const other = await hooks.createWebhook();
    const foreign = await call(replayRoute.POST, {
      method: "POST",
      params: { id: other.id, delivery_id: sent.data.delivery_id },
      headers,
    });
    expect(foreign.status).toBe(404);
  });

  it("turns off an endpoint that has failed for 3 days and emails its owner", async () => {
    const { id, headers, manager } = await hooks.createWebhook();
    hooks.receiver.fallback = { kind: "status", status: 500 };
    await hooks.sendTest(id, headers);
    await hooks.runJobs(2, [deliverWebhookFunction]);
    let [endpoint] = await suite.db
      .select()
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.id, id));
    expect(endpoint!.failingSince?.getTime()).toBe(at().getTime());
    const failingSince = at().getTime();

    // Two days on, another event fails: still on.
    setNow(new Date(failingSince + hours(48)));
    await hooks.sendTest(id, headers);
    await hooks.runJobs(2, [deliverWebhookFunction]);
    [endpoint] = await suite.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
    expect(endpoint!.isActive).toBe(true);

    // Three days on, a failure turns it off; its owner gets an email; queued deliveries stop.
    setNow(new Date(failingSince + hours(72) + 1_000));
    await hooks.runJobs(2, [deliverWebhookFunction]);
    [endpoint] = await suite.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
    expect(endpoint!.isActive).toBe(false);
    expect(endpoint!.disabledReason).toMatch(/failed for 3 days/);
    const emails = await suite.db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.to, manager.email.toLowerCase())));
    expect(emails.map((e) => e.subject)).toEqual(["A webhook was turned off"]);
    const received = hooks.receiver.received.length;
    setNow(new Date(at().getTime() + hours(12)));
    await hooks.runJobs(2, [deliverWebhookFunction]);
    expect(hooks.receiver.received).toHaveLength(received);
    const log = await hooks.deliveries(id, headers);
    expect(log.every((d) => d.status !== "pending")).toBe(true);
    expect(log.some((d) => d.status === "cancelled" && /turned off/.test(d.last_error))).toBe(true);

    // A success resets the clock: turning it back on clears the reason.
    const on = await call(toggleRoute.PATCH, {
      method: "PATCH",
      params: { id },
      headers,
      json: { is_active: true },
    });
    expect(on.data).toMatchObject({ is_active: true, disabled_reason: null, failing_since: null });
  });

  it("refuses, when the request is made, a name that resolves to a private address", async () => {
    const { id, headers } = await hooks.createWebhook({
      url: `http://localhost:${hooks.receiver.port}/hooks`,
    });
    env.WEBHOOKS_ALLOW_PRIVATE_TARGETS = false;
    await hooks.sendTest(id, headers);
    await hooks.runJobs(2, [deliverWebhookFunction]);
    expect(hooks.receiver.received).toHaveLength(0);
    const [delivery] = await hooks.deliveries(id, headers);
    expect(delivery!.attempts[0].error).toMatch(
      /Refused: localhost resolves to a non-public address/,
    );
  });
});
