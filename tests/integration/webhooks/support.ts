// What the webhook tests share: a clean slate of endpoints, deliveries, events and runs; a local
// receiver; a manager's headers; the real fan-out and delivery functions run in-process on the
// test clock (so retries' sleeps are moved through by advancing the clock, not by waiting).
import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import * as listRoute from "@/app/api/v1/webhooks/route";
import * as deliveriesRoute from "@/app/api/v1/webhooks/[id]/deliveries/route";
import * as testRoute from "@/app/api/v1/webhooks/[id]/test/route";
import { emailOutbox, eventOutbox, jobRuns, webhookEndpoints } from "@/db/schema";
import { deliverWebhookFunction } from "@/inngest/functions/webhooks/deliver-webhook";
import { fanOutWebhookEventFunction } from "@/inngest/functions/webhooks/fan-out-webhook-event";
import { env } from "@/lib/env";
import type { JobFunction } from "@/lib/jobs/function-definition";
import { InProcessRunner } from "@/lib/jobs/in-process-runner";
import { at, useAttemptsSuite } from "../attempts/support";
import { call } from "../support/http";
import { startReceiver, type Receiver } from "./receiver";

export function useWebhooksSuite() {
  const suite = useAttemptsSuite();
  let receiver: Receiver | undefined;
  const saved = {
    allow: env.WEBHOOKS_ALLOW_PRIVATE_TARGETS,
    timeout: env.WEBHOOK_TIMEOUT_MS,
    tokenMinutes: env.JWT_ACCESS_MINUTES,
  };

  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver?.close();
    env.WEBHOOKS_ALLOW_PRIVATE_TARGETS = saved.allow;
    env.WEBHOOK_TIMEOUT_MS = saved.timeout;
    env.JWT_ACCESS_MINUTES = saved.tokenMinutes;
  });
  beforeEach(async () => {
    await suite.db.delete(webhookEndpoints);
    await suite.db.delete(eventOutbox);
    await suite.db.delete(jobRuns);
    await suite.db.delete(emailOutbox);
    env.WEBHOOKS_ALLOW_PRIVATE_TARGETS = true;
    env.WEBHOOK_TIMEOUT_MS = 2_000;
    // The tests move the clock through days of retries; the manager's token outlives them.
    env.JWT_ACCESS_MINUTES = 7 * 24 * 60;
    receiver!.received.length = 0;
    receiver!.queue.length = 0;
    receiver!.fallback = { kind: "status", status: 200, body: "ok" };
  });

  const helpers = {
    suite,
    get receiver(): Receiver {
      return receiver!;
    },
    async manager() {
      const manager = await suite.candidate({ userType: "staff", role: "manager" });
      return { manager, headers: await suite.headersFor(manager.id) };
    },
    /** A webhook created through POST /webhooks/ by a new manager. */
    async createWebhook(json: Record<string, unknown> = {}) {
      const { manager, headers } = await helpers.manager();
      const created = await call(listRoute.POST, {
        method: "POST",
        headers,
        json: { url: receiver!.url(), events: ["score.recorded"], ...json },
      });
      expect(created.status, created.text).toBe(201);
      return {
        id: created.data.id as string,
        secret: created.data.secret as string,
        headers,
        manager,
      };
    },
    sendTest: (id: string, headers: Record<string, string>) =>
      call(testRoute.POST, { method: "POST", params: { id }, headers }),
    async deliveries(id: string, headers: Record<string, string>, query = "") {
      const listed = await call(deliveriesRoute.GET, {
        path: `/api/v1/webhooks/${id}/deliveries/${query}`,
        params: { id },
        headers,
      });
      expect(listed.status, listed.text).toBe(200);
      return listed.data.results as Array<Record<string, any>>;
    },
    runner: (functions: JobFunction[] = [fanOutWebhookEventFunction, deliverWebhookFunction]) =>
      new InProcessRunner({ db: suite.db, functions, clock: { now: at } }),
    /** A few passes of the real functions at the test clock's now. */
    async runJobs(passes = 4, functions?: JobFunction[]) {
      const runner = helpers.runner(functions);
      for (let i = 0; i < passes; i += 1) await runner.tick();
    },
  };
  return helpers;
}
