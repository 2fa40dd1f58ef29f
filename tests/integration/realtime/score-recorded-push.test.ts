// The realtime slice end to end: a real pusher-js client, authorized by POST /realtime/auth/,
// listens on the candidate's private channel of the local Pusher-protocol server; staff record a
// score (PUT /exams/{id}/submit-exam-score/), the outbox runs push-score-recorded, and the client
// receives `score_recorded`. Nothing reaches the channel before the transaction's event has run.
import Pusher, { type Channel } from "pusher-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as submitRoute from "@/app/api/v1/exams/[id]/submit-exam-answers/route";
import * as scoreRoute from "@/app/api/v1/exams/[id]/submit-exam-score/route";
import * as takeRoute from "@/app/api/v1/exams/[id]/take-exam/route";
import { scoreSubmittedAttemptFunction } from "@/inngest/functions/exams/score-submitted-attempt";
import { pushScoreRecordedFunction } from "@/inngest/functions/realtime/push-score-recorded";
import { InProcessRunner } from "@/lib/jobs/in-process-runner";
import {
  createRealtime,
  localRealtimeApp,
  realtimeConfigFromEnv,
  setRealtime,
  userChannel,
} from "@/lib/realtime";
import { startLocalRealtimeServer, type LocalRealtimeServer } from "@/scripts/realtime/server";
import type { TestDatabase } from "../support/database";
import { createExamRow, createQuestion } from "../support/exam-factories";
import { authHeaders, createUser, useDatabaseWithKey } from "../support/factories";
import { call } from "../support/http";
import { pusherClientAs } from "./support";

const WAIT_MS = 10_000;

let database: TestDatabase;
let apiKey: string;
let server: LocalRealtimeServer;
const clients: Pusher[] = [];

useDatabaseWithKey((setup) => ({ database, apiKey } = setup));
beforeAll(async () => {
  // The app's own credentials, on a free port instead of REALTIME_PORT.
  server = await startLocalRealtimeServer({ port: 0, apps: [localRealtimeApp()] });
  const config = realtimeConfigFromEnv();
  setRealtime(
    createRealtime({
      ...config,
      apiHost: "127.0.0.1",
      apiPort: server.port,
      client: { wsHost: "127.0.0.1", wsPort: server.port, forceTLS: false },
    }),
  );
});
afterAll(async () => {
  for (const client of clients) client.disconnect();
  setRealtime(undefined);
  await server?.close();
});

function withTimeout<T>(promise: Promise<T>, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${label}`)), WAIT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A pusher-js client as the browser builds it, authorizing through the real auth route. */
async function connectAs(headers: Record<string, string>, channelName: string): Promise<Channel> {
  const client = pusherClientAs(headers, server.port);
  clients.push(client);
  const channel = client.subscribe(channelName);
  await withTimeout(
    new Promise<void>((resolve, reject) => {
      channel.bind("pusher:subscription_succeeded", () => resolve());
      channel.bind("pusher:subscription_error", (error: unknown) =>
        reject(new Error(`subscription refused: ${JSON.stringify(error)}`)),
      );
    }),
    `subscription to ${channelName}`,
  );
  return channel;
}

describe("score recorded → candidate's private channel", () => {
  it("delivers score_recorded to the candidate's pusher-js client once the outbox has run", async () => {
    const admin = await createUser(database.db, { role: "admin" });
    const candidate = await createUser(database.db, { userType: "candidate", role: "league" });
    const exam = await createExamRow(database.db, {
      scheduledDate: new Date(Date.now() - 2 * 3_600_000),
      openDurationHours: 1,
    });
    const candidateHeaders = await authHeaders(database.db, candidate.id, apiKey);
    const channel = await connectAs(candidateHeaders, userChannel(candidate.id));
    const received: unknown[] = [];
    channel.bind("score_recorded", (data: unknown) => received.push(data));

    const response = await call(scoreRoute.PUT, {
      method: "PUT",
      path: `/api/v1/exams/${exam.id}/submit-exam-score/`,
      params: { id: String(exam.id) },
      headers: await authHeaders(database.db, admin.id, apiKey),
      json: { candidate_id: candidate.id, score: 72.5 },
    });
    expect(response.status).toBe(200);
    // Committed, but the push goes out only from the outbox.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(received).toEqual([]);

    const arrived = withTimeout(
      new Promise((resolve) => channel.bind("score_recorded", resolve)),
      "score_recorded",
    );
    const runner = new InProcessRunner({
      db: database.db,
      functions: [pushScoreRecordedFunction],
      clock: { now: () => new Date() },
    });
    expect(await runner.tick()).toBe(1);
    expect(await arrived).toEqual({ examId: exam.id, attemptId: null, source: "manual" });
  });

  it("delivers score_recorded after an attempt is submitted and scored automatically", async () => {
    const candidate = await createUser(database.db, { userType: "candidate", role: "screening" });
    const question = await createQuestion(database.db);
    const exam = await createExamRow(
      database.db,
      { scheduledDate: new Date(Date.now() - 60_000), openDurationHours: 2 },
      [question.id],
    );
    const headers = await authHeaders(database.db, candidate.id, apiKey);
    const channel = await connectAs(headers, userChannel(candidate.id));
    const route = { params: { id: String(exam.id) }, headers };
    const take = await call(takeRoute.GET, {
      ...route,
      path: `/api/v1/exams/${exam.id}/take-exam/`,
    });
    expect(take.status).toBe(200);
    const submitted = await call(submitRoute.POST, {
      ...route,
      method: "POST",
      json: { answers: [{ question: question.id, selected_option: question.correctAnswer }] },
    });
    expect(submitted.status).toBe(201);

    const arrived = withTimeout(
      new Promise((resolve) => channel.bind("score_recorded", resolve)),
      "score_recorded",
    );
    const runner = new InProcessRunner({
      db: database.db,
      functions: [scoreSubmittedAttemptFunction, pushScoreRecordedFunction],
      clock: { now: () => new Date() },
    });
    // Submitted → scored (writes score.recorded) → pushed: a few ticks drain the chain.
    for (let tick = 0; tick < 5 && (await runner.tick()) > 0; tick += 1);
    expect(await arrived).toEqual({
      examId: exam.id,
      attemptId: take.data.attempt.id,
      source: "auto",
    });
  });

  it("will not let another signed-in user subscribe to the candidate's channel", async () => {
    const candidate = await createUser(database.db, { userType: "candidate" });
    const other = await createUser(database.db, { userType: "candidate" });
    await expect(
      connectAs(await authHeaders(database.db, other.id, apiKey), userChannel(candidate.id)),
    ).rejects.toThrow(/subscription refused/);
  });
});
