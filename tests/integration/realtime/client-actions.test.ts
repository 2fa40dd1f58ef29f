// The spec's client-to-server messages end to end (CONTRACT §9): a real pusher-js client, authorized
// by POST /realtime/auth/, triggers `client-action` on its own private channel of the local
// Pusher-protocol server; the server POSTs the client event, signed, to its webhook URL — here a
// tiny HTTP server that hands each request to the webhook route's POST handler — and the client
// hears back `notification_read` or the spec's `error`. Nobody can act on someone else's behalf:
// another user's channel cannot be subscribed to, and the route refuses unsigned webhooks.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import Pusher, { type Channel } from "pusher-js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as itemRoute from "@/app/api/v1/notifications/[id]/route";
import * as readAllRoute from "@/app/api/v1/notifications/read-all/route";
import * as webhookRoute from "@/app/api/v1/realtime/webhook/route";
import { notifications } from "@/db/schema";
import {
  createRealtime,
  localRealtimeApp,
  realtimeConfigFromEnv,
  setRealtime,
  USER_CLIENT_ACTION_EVENT,
  userChannel,
} from "@/lib/realtime";
import { hmacSha256Hex } from "@/lib/realtime/pusher-signature";
import { startLocalRealtimeServer, type LocalRealtimeServer } from "@/scripts/realtime/server";
import { T0, useAttemptsSuite } from "../attempts/support";
import { call } from "../support/http";
import { pusherClientAs } from "./support";

const WAIT_MS = 10_000;
const WEBHOOK_PATH = "/api/v1/realtime/webhook/";

const suite = useAttemptsSuite();
let server: LocalRealtimeServer;
let hookServer: Server;
/** Every webhook request the realtime server made (recorded as it arrives), and the answer. */
const webhookCalls: { body: string; status: Promise<number> }[] = [];
/** How many of the next webhook requests to answer 503 without passing them on. */
let failNextWebhooks = 0;
const clients: Pusher[] = [];

/** Answers one webhook request: a 503 while failNextWebhooks lasts, else the route's answer. */
async function answerWebhook(url: string, headers: IncomingHttpHeaders, body: string) {
  if (failNextWebhooks > 0) {
    failNextWebhooks -= 1;
    return { status: 503, text: "" };
  }
  return call(webhookRoute.POST, {
    method: "POST",
    path: url,
    headers: {
      "content-type": String(headers["content-type"] ?? ""),
      "x-pusher-key": String(headers["x-pusher-key"] ?? ""),
      "x-pusher-signature": String(headers["x-pusher-signature"] ?? ""),
    },
    body,
  });
}

beforeAll(async () => {
  hookServer = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const answer = answerWebhook(req.url ?? "/", req.headers, body);
      webhookCalls.push({ body, status: answer.then((response) => response.status) });
      void answer.then((response) =>
        res.writeHead(response.status, { "content-type": "application/json" }).end(response.text),
      );
    });
  });
  await new Promise<void>((resolve) => hookServer.listen(0, "127.0.0.1", resolve));
  const hookPort = (hookServer.address() as AddressInfo).port;

  // The app's own credentials (as the route reads them), on free ports.
  server = await startLocalRealtimeServer({
    port: 0,
    apps: [
      {
        ...localRealtimeApp(),
        enableClientEvents: true,
        webhookUrl: `http://127.0.0.1:${hookPort}${WEBHOOK_PATH}`,
      },
    ],
  });
  setRealtime(
    createRealtime({
      ...realtimeConfigFromEnv(),
      apiHost: "127.0.0.1",
      apiPort: server.port,
      client: { wsHost: "127.0.0.1", wsPort: server.port, forceTLS: false },
    }),
  );
});
afterEach(() => {
  for (const client of clients.splice(0)) client.disconnect();
  failNextWebhooks = 0;
});
afterAll(async () => {
  setRealtime(undefined);
  await server?.close();
  await new Promise((resolve) => hookServer?.close(resolve));
});

function withTimeout<T>(promise: Promise<T>, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${label}`)), WAIT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A pusher-js client as the browser builds it, authorizing through the real auth route. */
async function connectAs(userId: string, channelName = userChannel(userId)) {
  const headers = await suite.headersFor(userId);
  const client = pusherClientAs(headers, server.port);
  clients.push(client);
  const channel = client.subscribe(channelName);
  /** null once subscribed; pusher-js's subscription error otherwise. */
  const refusal = await withTimeout(
    new Promise<unknown>((resolve) => {
      channel.bind("pusher:subscription_succeeded", () => resolve(null));
      channel.bind("pusher:subscription_error", resolve);
    }),
    `subscription to ${channelName}`,
  );
  return { client, channel, refusal };
}

function nextEvent(channel: Channel, event: string): Promise<unknown> {
  return withTimeout(
    new Promise((resolve) => {
      const handler = (data: unknown) => {
        channel.unbind(event, handler);
        resolve(data);
      };
      channel.bind(event, handler);
    }),
    `${event} on ${channel.name}`,
  );
}

/** Sends one client action and resolves with the first `notification_read` or `error` after it. */
function sendAction(channel: Channel, message: unknown) {
  const reply = withTimeout(
    new Promise<{ event: string; data: unknown }>((resolve) => {
      const handler = (event: string, data: unknown) => {
        if (event !== "notification_read" && event !== "error") return;
        channel.unbind_global(handler);
        resolve({ event, data });
      };
      channel.bind_global(handler);
    }),
    `reply on ${channel.name}`,
  );
  expect(channel.trigger(USER_CLIENT_ACTION_EVENT, message)).toBe(true);
  return reply;
}

async function notify(userId: string, n = 1) {
  const rows = await suite.db
    .insert(notifications)
    .values(
      Array.from({ length: n }, (_, i) => ({
        userId,
        subject: `S${i}`,
        message: `M${i}`,
        createdAt: T0,
      })),
    )
    .returning({ id: notifications.id });
  return rows.map((row) => row.id);
}

async function readAt(id: number) {
  const [row] = await suite.db
    .select({ readAt: notifications.readAt })
    .from(notifications)
    .where(eq(notifications.id, id));
  return row!.readAt;
}

describe("client-action over the realtime channel", () => {
  it("mark_as_read marks the sender's notification read and tells the channel", async () => {
    const ada = await suite.candidate();
    const [first, second] = await notify(ada.id, 2);
    const { channel } = await connectAs(ada.id);

    const reply = await sendAction(channel, {
      action: "mark_as_read",
      data: { notification_id: first },
    });
    expect(reply).toEqual({
      event: "notification_read",
      data: { type: "notification_read", ids: [first], read: true, unread_count: 1 },
    });
    expect(await readAt(first!)).toEqual(T0);
    expect(await readAt(second!)).toBeNull();
  });

  it("answers an unknown action with the spec's error", async () => {
    const ada = await suite.candidate();
    const { channel } = await connectAs(ada.id);
    expect(await sendAction(channel, { action: "foo", data: { notification_id: 1 } })).toEqual({
      event: "error",
      data: { type: "error", message: "Unknown action: foo" },
    });
  });

  it("answers a bad payload with an error and changes nothing", async () => {
    const ada = await suite.candidate();
    const [id] = await notify(ada.id);
    const { channel } = await connectAs(ada.id);
    for (const data of [
      { notification_id: "abc" },
      { notification_id: -1 },
      { notification_id: 1.5 },
      {},
      undefined,
    ]) {
      expect(await sendAction(channel, { action: "mark_as_read", data })).toEqual({
        event: "error",
        data: {
          type: "error",
          message: "Invalid payload: notification_id must be a positive integer.",
        },
      });
    }
    expect(await sendAction(channel, "not json")).toMatchObject({
      event: "error",
      data: { type: "error", message: expect.stringMatching(/^Invalid payload/) },
    });
    expect(await readAt(id!)).toBeNull();
  });

  it("refuses another person's notification, or one that does not exist", async () => {
    const ada = await suite.candidate();
    const bola = await suite.candidate();
    const [theirs] = await notify(bola.id);
    const { channel } = await connectAs(ada.id);
    for (const id of [theirs, 2147483647]) {
      expect(
        await sendAction(channel, { action: "mark_as_read", data: { notification_id: id } }),
      ).toEqual({ event: "error", data: { type: "error", message: "Notification not found." } });
    }
    expect(await readAt(theirs!)).toBeNull();
  });

  it("cannot be sent on someone else's channel: the subscription is refused", async () => {
    const ada = await suite.candidate();
    const mallory = await suite.candidate();
    const [adas] = await notify(ada.id);
    const { client, channel, refusal } = await connectAs(mallory.id, userChannel(ada.id));
    expect(refusal).toMatchObject({ error: expect.stringMatching(/auth answered 403/) });

    // pusher-js sends it anyway; the server refuses it, so nothing reaches the webhook.
    const callsBefore = webhookCalls.length;
    const refused = withTimeout(
      new Promise((resolve) => client.connection.bind("error", resolve)),
      "pusher:error",
    );
    channel.trigger(USER_CLIENT_ACTION_EVENT, {
      action: "mark_as_read",
      data: { notification_id: adas },
    });
    expect(await refused).toMatchObject({
      data: { message: expect.stringMatching(/subscribed private or presence channel/) },
    });
    expect(webhookCalls.length).toBe(callsBefore);
    expect(await readAt(adas!)).toBeNull();
  });

  it("is retried when the webhook fails at first", async () => {
    const ada = await suite.candidate();
    const [id] = await notify(ada.id);
    const { channel } = await connectAs(ada.id);
    const callsBefore = webhookCalls.length;
    failNextWebhooks = 1;
    const reply = await sendAction(channel, {
      action: "mark_as_read",
      data: { notification_id: id },
    });
    expect(reply.event).toBe("notification_read");
    const calls = webhookCalls.slice(callsBefore);
    expect(await Promise.all(calls.map((each) => each.status))).toEqual([503, 200]);
    expect(calls[1]!.body).toBe(calls[0]!.body);
  });
});

describe("marks made through the REST API", () => {
  it("are announced on the person's channel too, for their other tabs", async () => {
    const ada = await suite.candidate();
    const [first, second] = await notify(ada.id, 2);
    const headers = await suite.headersFor(ada.id);
    const { channel } = await connectAs(ada.id);

    let announced = nextEvent(channel, "notification_read");
    const patched = await call(itemRoute.PATCH, {
      method: "PATCH",
      headers,
      params: { id: String(first) },
      path: `/api/v1/notifications/${first}/`,
      json: { read: true },
    });
    expect(patched.status).toBe(200);
    expect(await announced).toEqual({
      type: "notification_read",
      ids: [first],
      read: true,
      unread_count: 1,
    });

    announced = nextEvent(channel, "notification_read");
    const readAll = await call(readAllRoute.POST, {
      method: "POST",
      headers,
      path: "/api/v1/notifications/read-all/",
    });
    expect(readAll.status).toBe(200);
    expect(await announced).toEqual({
      type: "notification_read",
      ids: "all",
      read: true,
      unread_count: 0,
    });
    expect(await readAt(second!)).toEqual(T0);
  });
});

describe("POST /realtime/webhook/", () => {
  const app = localRealtimeApp();

  function webhookBody(userId: string, id: number, event = USER_CLIENT_ACTION_EVENT) {
    return JSON.stringify({
      time_ms: Date.now(),
      events: [
        {
          name: "client_event",
          channel: userChannel(userId),
          event,
          data: JSON.stringify({ action: "mark_as_read", data: { notification_id: id } }),
          socket_id: "1.2",
        },
      ],
    });
  }

  const post = (body: string, headers: Record<string, string>) =>
    call(webhookRoute.POST, {
      method: "POST",
      path: WEBHOOK_PATH,
      headers: { "content-type": "application/json", ...headers },
      body,
    });

  const flipLastDigit = (hex: string) => hex.slice(0, -1) + (hex.endsWith("0") ? "1" : "0");

  it("refuses a forged signature, a wrong key or none, and changes nothing", async () => {
    const ada = await suite.candidate();
    const [id] = await notify(ada.id);
    const body = webhookBody(ada.id, id!);
    const signature = hmacSha256Hex(app.secret, body);

    const refused: Record<string, string>[] = [
      { "x-pusher-key": app.key, "x-pusher-signature": hmacSha256Hex("forged-secret", body) },
      { "x-pusher-key": app.key, "x-pusher-signature": flipLastDigit(signature) },
      { "x-pusher-key": "someone-else", "x-pusher-signature": signature },
      { "x-pusher-key": app.key },
      {},
    ];
    for (const headers of refused) {
      const response = await post(body, headers);
      expect(response.status).toBe(401);
      expect(response.data).toEqual({
        detail: expect.any(String),
        code: "authentication_failed",
      });
    }
    expect(await readAt(id!)).toBeNull();

    // The control: the same body, correctly signed, is acted on.
    const accepted = await post(body, { "x-pusher-key": app.key, "x-pusher-signature": signature });
    expect(accepted.status).toBe(200);
    expect(accepted.data).toEqual({ ok: true });
    expect(await readAt(id!)).toEqual(T0);
  });

  it("ignores other client events and refuses a signed body that is not a webhook", async () => {
    const ada = await suite.candidate();
    const [id] = await notify(ada.id);
    const sign = (body: string) => ({
      "x-pusher-key": app.key,
      "x-pusher-signature": hmacSha256Hex(app.secret, body),
    });
    const other = webhookBody(ada.id, id!, "client-typing");
    expect((await post(other, sign(other))).status).toBe(200);
    const elsewhere = webhookBody(ada.id, id!).replace("private-user-", "private-team-");
    expect((await post(elsewhere, sign(elsewhere))).status).toBe(200);
    expect(await readAt(id!)).toBeNull();

    const malformed = await post("{", sign("{"));
    expect(malformed.status).toBe(400);
    expect(malformed.data).toMatchObject({ code: "parse_error" });
  });
});
