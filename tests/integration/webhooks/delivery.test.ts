// Delivering: signed per Standard Webhooks (and verifiable with the published package), retried on
// the backoff schedule with the same webhook-id, every attempt logged; receivers that answer 500 or
// 301, hang or drop the connection; secret rotation signing with both; at least once across a crash.
import { eq } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import * as rotateRoute from "@/app/api/v1/webhooks/[id]/rotate-secret/route";
import { jobRuns, webhookDeliveries } from "@/db/schema";
import {
  deliverWebhook,
  deliverWebhookFunction,
} from "@/inngest/functions/webhooks/deliver-webhook";
import { env } from "@/lib/env";
import type { JobFunction } from "@/lib/jobs/function-definition";
import { maxDeliveryAttempts } from "@/lib/webhooks/retry-schedule";
import { sendWebhook } from "@/lib/webhooks/send-webhook";
import { advance, at, hours, minutes, setNow } from "../attempts/support";
import { call } from "../support/http";
import { useWebhooksSuite } from "./support";

const hooks = useWebhooksSuite();
const { suite } = hooks;

const headersOf = (index: number) => {
  const request = hooks.receiver.received[index]!;
  return {
    "webhook-id": String(request.headers["webhook-id"]),
    "webhook-timestamp": String(request.headers["webhook-timestamp"]),
    "webhook-signature": String(request.headers["webhook-signature"]),
  };
};

/** Verify as a receiver would at the test clock's now (the package checks the timestamp's age). */
function verifyAt(secret: string, body: string, headers: Record<string, string>) {
  const realNow = Date.now;
  Date.now = () => at().getTime();
  try {
    return new Webhook(secret).verify(body, headers);
  } finally {
    Date.now = realNow;
  }
}

describe("webhook delivery", () => {
  it("signs a test event so that the standardwebhooks package verifies it, and logs it", async () => {
    const { id, secret, headers } = await hooks.createWebhook();
    const sent = await hooks.sendTest(id, headers);
    expect(sent.status).toBe(202);
    await hooks.runJobs();

    expect(hooks.receiver.received).toHaveLength(1);
    const request = hooks.receiver.received[0]!;
    const verified = verifyAt(secret, request.body, headersOf(0)) as Record<string, any>;
    expect(verified).toMatchObject({ type: "webhook.test", data: { webhook_id: id } });
    expect(request.headers["webhook-id"]).toBe(sent.data.message_id);
    expect(request.headers["content-type"]).toBe("application/json");
    // A forged body fails verification.
    expect(() => verifyAt(secret, request.body.replace("test", "tess"), headersOf(0))).toThrow();

    const [delivery] = await hooks.deliveries(id, headers);
    expect(delivery).toMatchObject({
      id: sent.data.delivery_id,
      event_type: "webhook.test",
      status: "succeeded",
      attempt_count: 1,
      last_status_code: 200,
      next_attempt_at: null,
    });
    expect(delivery!.attempts).toEqual([
      expect.objectContaining({
        attempt_number: 1,
        status_code: 200,
        response_snippet: "ok",
        error: null,
      }),
    ]);
  });

  it("retries a failing receiver on the backoff schedule, sleeping between, with the same id", async () => {
    const { id, headers } = await hooks.createWebhook();
    hooks.receiver.queue.push(
      { kind: "status", status: 500, body: "database down" },
      { kind: "status", status: 503 },
    );
    await hooks.sendTest(id, headers);
    await hooks.runJobs();
    expect(hooks.receiver.received).toHaveLength(1);

    let [delivery] = await hooks.deliveries(id, headers);
    expect(delivery).toMatchObject({ status: "pending", attempt_count: 1, last_status_code: 500 });
    const firstRetry = Date.parse(delivery!.next_attempt_at);
    // 1 minute ± 20 % after the failure.
    expect(firstRetry - at().getTime()).toBeGreaterThanOrEqual(minutes(1) * 0.8);
    expect(firstRetry - at().getTime()).toBeLessThanOrEqual(minutes(1) * 1.2);
    expect(delivery!.attempts[0]).toMatchObject({
      status_code: 500,
      response_snippet: "database down",
      error: "Answered 500.",
    });
    // The run is parked until then (a sleep), not polling.
    const [run] = await suite.db
      .select()
      .from(jobRuns)
      .where(eq(jobRuns.functionId, "deliver-webhook"));
    expect(run).toMatchObject({ status: "queued" });
    expect(run!.runAt.getTime()).toBe(firstRetry);

    // Nothing happens before it is due.
    advance(firstRetry - at().getTime() - 1_000);
    await hooks.runJobs();
    expect(hooks.receiver.received).toHaveLength(1);

    setNow(new Date(firstRetry));
    await hooks.runJobs();
    expect(hooks.receiver.received).toHaveLength(2);
    [delivery] = await hooks.deliveries(id, headers);
    const secondRetry = Date.parse(delivery!.next_attempt_at);
    // 3 minutes ± 20 % after the second failure.
    expect(secondRetry - at().getTime()).toBeGreaterThanOrEqual(minutes(3) * 0.8);
    expect(secondRetry - at().getTime()).toBeLessThanOrEqual(minutes(3) * 1.2);

    setNow(new Date(secondRetry));
    await hooks.runJobs();
    expect(hooks.receiver.received).toHaveLength(3);
    const ids = new Set(hooks.receiver.received.map((r) => r.headers["webhook-id"]));
    expect(ids.size).toBe(1);
    const bodies = new Set(hooks.receiver.received.map((r) => r.body));
    expect(bodies.size).toBe(1);
    [delivery] = await hooks.deliveries(id, headers);
    expect(delivery).toMatchObject({ status: "succeeded", attempt_count: 3 });
    expect(delivery!.attempts.map((a: { status_code: number }) => a.status_code)).toEqual([
      500, 503, 200,
    ]);
  });

  it("gives up after the last attempt, about a day after the first", async () => {
    const { id, headers } = await hooks.createWebhook();
    hooks.receiver.fallback = { kind: "status", status: 500 };
    const started = at().getTime();
    await hooks.sendTest(id, headers);
    for (let i = 0; i < maxDeliveryAttempts; i += 1) {
      await hooks.runJobs(2, [deliverWebhookFunction]);
      const [delivery] = await hooks.deliveries(id, headers);
      if (delivery!.status !== "pending") break;
      setNow(new Date(delivery!.next_attempt_at));
    }
    const [delivery] = await hooks.deliveries(id, headers);
    expect(delivery).toMatchObject({ status: "failed", attempt_count: maxDeliveryAttempts });
    expect(hooks.receiver.received).toHaveLength(maxDeliveryAttempts);
    const span = at().getTime() - started;
    expect(span).toBeGreaterThan(hours(18));
    expect(span).toBeLessThan(hours(30));
    expect(delivery!.attempts.at(-1).next_retry_at).toBeNull();
  });

  it("counts a redirect, a hang and a dropped connection as failures, and follows no redirect", async () => {
    env.WEBHOOK_TIMEOUT_MS = 300;
    const { id, headers } = await hooks.createWebhook();
    hooks.receiver.queue.push(
      { kind: "redirect", to: hooks.receiver.url("/elsewhere") },
      { kind: "hang" },
      { kind: "drop" },
    );
    await hooks.sendTest(id, headers);
    for (let i = 0; i < 3; i += 1) {
      await hooks.runJobs(2, [deliverWebhookFunction]);
      const [delivery] = await hooks.deliveries(id, headers);
      if (delivery!.next_attempt_at) setNow(new Date(delivery!.next_attempt_at));
    }
    const [delivery] = await hooks.deliveries(id, headers);
    const errors = delivery!.attempts.map((a: { error: string }) => a.error);
    expect(errors[0]).toMatch(/301.*redirects are not followed/);
    expect(errors[1]).toMatch(/No answer within/);
    expect(errors[2]).toMatch(/closed|socket hang up/i);
    expect(delivery!.attempts[1].duration_ms).toBeGreaterThanOrEqual(250);
    expect(hooks.receiver.received.map((r) => r.path)).not.toContain("/elsewhere");
  });

  it("signs with both secrets for 24 hours after a rotation, then with the new one", async () => {
    const { id, secret: oldSecret, headers } = await hooks.createWebhook();
    const rotated = await call(rotateRoute.POST, { method: "POST", params: { id }, headers });
    const newSecret = rotated.data.secret as string;
    await hooks.sendTest(id, headers);
    await hooks.runJobs();
    const during = headersOf(0);
    expect(during["webhook-signature"].split(" ")).toHaveLength(2);
    const body = hooks.receiver.received[0]!.body;
    expect(() => verifyAt(oldSecret, body, during)).not.toThrow();
    expect(() => verifyAt(newSecret, body, during)).not.toThrow();

    advance(hours(24) + 1_000);
    await hooks.sendTest(id, headers);
    await hooks.runJobs();
    const after = headersOf(1);
    expect(after["webhook-signature"].split(" ")).toHaveLength(1);
    const later = hooks.receiver.received[1]!.body;
    expect(() => verifyAt(newSecret, later, after)).not.toThrow();
    expect(() => verifyAt(oldSecret, later, after)).toThrow();
  });

  it("delivers at least once when the runner dies mid-delivery (same webhook-id again)", async () => {
    const { id, headers } = await hooks.createWebhook();
    let died = false;
    // The real delivery loop, with an HTTP attempt after which the process "dies": the receiver
    // got the request, but neither the attempt's log nor the step's result was recorded.
    const dying: JobFunction = {
      ...deliverWebhookFunction,
      handler: deliverWebhook({
        send: async (input) => {
          const outcome = await sendWebhook(input);
          if (!died) {
            died = true;
            throw new Error("process killed");
          }
          return outcome;
        },
      }) as JobFunction["handler"],
    };
    await hooks.sendTest(id, headers);
    await hooks.runJobs(2, [dying]);
    // The retry of the run (after its backoff) sends the same message again.
    for (let i = 0; i < 3 && hooks.receiver.received.length < 2; i += 1) {
      advance(minutes(15));
      await hooks.runJobs(2, [dying]);
    }
    expect(hooks.receiver.received).toHaveLength(2);
    expect(hooks.receiver.received[0]!.headers["webhook-id"]).toBe(
      hooks.receiver.received[1]!.headers["webhook-id"],
    );
    const [row] = await suite.db.select().from(webhookDeliveries);
    expect(row).toMatchObject({ status: "succeeded", attemptCount: 1 });
  });
});
