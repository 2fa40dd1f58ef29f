// End to end through the real libraries: the `pusher` server library (via our adapter) publishes to
// the local server, and the real `pusher-js` Node client receives. Negative cases use a sentinel
// event on a second channel, sent after the event that must not arrive: frames on one socket are
// ordered, so once the sentinel is in, anything that was going to arrive would have.
import { randomBytes, randomUUID } from "node:crypto";
import Pusher, { type Channel, type PresenceChannel } from "pusher-js";
import { WebSocket } from "ws";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createRealtime, userChannel, type RealtimePort } from "@/lib/realtime";
import { startLocalRealtimeServer, type LocalRealtimeServer } from "@/scripts/realtime/server";
import { signChannelAuth, signRequestQuery } from "@/lib/realtime/pusher-signature";

const WAIT_MS = 10_000;

const app = {
  id: "test-app",
  key: "test-key",
  secret: randomBytes(16).toString("hex"),
  enableClientEvents: true,
};
const quietApp = { id: "quiet-app", key: "quiet-key", secret: randomBytes(16).toString("hex") };

let server: LocalRealtimeServer;
let realtime: RealtimePort;
const clients: Pusher[] = [];
const rawSockets: WebSocket[] = [];

beforeAll(async () => {
  server = await startLocalRealtimeServer({ port: 0, apps: [app, quietApp] });
  realtime = portFor(app.secret);
});

afterEach(() => {
  for (const client of clients.splice(0)) client.disconnect();
  for (const ws of rawSockets.splice(0)) ws.terminate();
});

afterAll(async () => {
  await server?.close();
});

function portFor(secret: string): RealtimePort {
  return createRealtime({
    mode: "local",
    appId: app.id,
    key: app.key,
    secret,
    cluster: "mt1",
    apiHost: "127.0.0.1",
    apiPort: server.port,
    useTLS: false,
    client: { wsHost: "127.0.0.1", wsPort: server.port, forceTLS: false },
  });
}

function withTimeout<T>(promise: Promise<T>, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${label}`)), WAIT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

type Authorize = (socketId: string, channel: string) => { auth: string; channel_data?: string };

/** A pusher-js client configured from the port's clientConfig(), authorizing through `authorize`. */
function connect(
  authorize: Authorize = (socketId, channel) => realtime.authorizeChannel(socketId, channel),
) {
  // authEndpoint stays in the options; pusher-js prefers channelAuthorization when both are set.
  const options = realtime.clientConfig();
  const client = new Pusher(options.key, {
    ...options,
    channelAuthorization: {
      customHandler: ({ socketId, channelName }, callback) => {
        try {
          callback(null, authorize(socketId, channelName));
        } catch (error) {
          callback(error as Error, null);
        }
      },
    },
  });
  clients.push(client);
  return client;
}

function nextEvent<T = unknown>(channel: Channel, event: string): Promise<T> {
  return withTimeout(
    new Promise<T>((resolve) => {
      const handler = (data: T) => {
        channel.unbind(event, handler);
        resolve(data);
      };
      channel.bind(event, handler);
    }),
    `${event} on ${channel.name}`,
  );
}

async function subscribed<T extends Channel>(client: Pusher, name: string): Promise<T> {
  const channel = client.subscribe(name) as T;
  await nextEvent(channel, "pusher:subscription_succeeded");
  return channel;
}

/** Every event (other than pusher's own) that reaches `channel`. */
function recordEvents(channel: Channel): { event: string; data: unknown }[] {
  const seen: { event: string; data: unknown }[] = [];
  channel.bind_global((event: string, data: unknown) => {
    if (!event.startsWith("pusher:")) seen.push({ event, data });
  });
  return seen;
}

type RawFrame = { event: string; channel?: string; data?: unknown };

/** A bare WebSocket, for checking the wire format that pusher-js hides. */
async function openRaw(path: string) {
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}${path}`);
  rawSockets.push(ws);
  const frames: RawFrame[] = [];
  const waiters: { match: (f: RawFrame) => boolean; resolve: (f: RawFrame) => void }[] = [];
  ws.on("message", (raw) => {
    const frame = JSON.parse(raw.toString()) as RawFrame;
    const waiter = waiters.find((w) => w.match(frame));
    if (waiter) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(frame);
    } else {
      frames.push(frame);
    }
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on("close", (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  const next = (match: (f: RawFrame) => boolean, label: string) => {
    const queued = frames.find(match);
    if (queued) {
      frames.splice(frames.indexOf(queued), 1);
      return Promise.resolve(queued);
    }
    return withTimeout(new Promise<RawFrame>((resolve) => waiters.push({ match, resolve })), label);
  };
  const sendFrame = (frame: unknown) =>
    ws.send(typeof frame === "string" ? frame : JSON.stringify(frame));
  return { ws, next, sendFrame, closed: withTimeout(closed, "close") };
}

async function openRawConnected(key = app.key) {
  const raw = await openRaw(`/app/${key}?protocol=7&client=js&version=8.6.0&flash=false`);
  const established = await raw.next(
    (f) => f.event === "pusher:connection_established",
    "handshake",
  );
  const data = JSON.parse(established.data as string) as { socket_id: string };
  return { ...raw, socketId: data.socket_id };
}

function signedFetch(path: string, body: string, secret = app.secret, method = "POST") {
  const query = signRequestQuery({ app: { key: app.key, secret }, method, path, body });
  return fetch(`http://127.0.0.1:${server.port}${path}?${query}`, {
    method,
    headers: { "content-type": "application/json" },
    ...(method === "POST" && { body }),
  });
}

describe("local realtime server: private channels", () => {
  it("delivers a server-side trigger to an authorized private-user subscriber", async () => {
    const authorizedSockets: string[] = [];
    const client = connect((socketId, channel) => {
      authorizedSockets.push(socketId);
      return realtime.authorizeChannel(socketId, channel);
    });
    const name = userChannel(randomUUID());
    const channel = await subscribed(client, name);
    expect(authorizedSockets).toEqual([client.connection.socket_id]);

    const received = nextEvent(channel, "notification.created");
    await realtime.trigger(name, "notification.created", { id: 7, title: "Results are out" });
    expect(await received).toEqual({ id: 7, title: "Results are out" });

    // Strings stay strings (the adapter JSON-encodes every payload).
    const text = nextEvent(channel, "text");
    await realtime.trigger([name], "text", "42");
    expect(await text).toBe("42");
  });

  it("skips the excluded socket but still reaches the user's other connections", async () => {
    const name = userChannel(randomUUID());
    const sender = connect();
    const otherTab = connect();
    const senderChannel = await subscribed(sender, name);
    const otherChannel = await subscribed(otherTab, name);
    const senderSeen = recordEvents(senderChannel);

    const otherGot = nextEvent(otherChannel, "saved");
    await realtime.trigger(
      name,
      "saved",
      { n: 1 },
      { excludeSocketId: sender.connection.socket_id },
    );
    expect(await otherGot).toEqual({ n: 1 });

    const sentinel = nextEvent(senderChannel, "sentinel");
    await realtime.trigger(name, "sentinel", {});
    await sentinel;
    expect(senderSeen.map((e) => e.event)).toEqual(["sentinel"]);
  });

  const forgeries: [string, Authorize][] = [
    ["no signature", () => ({ auth: "" })],
    ["a garbage signature", () => ({ auth: `${app.key}:${"0".repeat(64)}` })],
    [
      "a signature for another socket",
      (_socketId, channel) => realtime.authorizeChannel("1.1", channel),
    ],
    [
      "a signature for another channel",
      (socketId) => realtime.authorizeChannel(socketId, userChannel(randomUUID())),
    ],
    [
      "a signature made with the wrong secret",
      (socketId, channel) => portFor("wrong-secret").authorizeChannel(socketId, channel),
    ],
  ];

  it.each(forgeries)(
    "refuses a subscription with %s and delivers nothing to it",
    async (_label, forge) => {
      const name = userChannel(randomUUID());
      const sentinelChannel = `sentinel-${randomUUID()}`;
      const intruder = connect((socketId, channel) =>
        channel === name ? forge(socketId, channel) : realtime.authorizeChannel(socketId, channel),
      );
      const target = intruder.subscribe(name);
      const seen = recordEvents(target);
      const error = await nextEvent<{ type: string; status: number; error: string }>(
        target,
        "pusher:subscription_error",
      );
      expect(error).toMatchObject({ type: "AuthError", status: 401 });
      expect(target.subscribed).toBe(false);

      const owner = connect();
      const ownerChannel = await subscribed(owner, name);
      const sentinel = await subscribed(intruder, sentinelChannel);

      const ownerGot = nextEvent(ownerChannel, "secret");
      const sentinelGot = nextEvent(sentinel, "sentinel");
      await realtime.trigger(name, "secret", { grade: "A" });
      await realtime.trigger(sentinelChannel, "sentinel", {});
      expect(await ownerGot).toEqual({ grade: "A" });
      await sentinelGot;
      expect(seen).toEqual([]);
    },
  );

  it("sends pusher:subscription_error on the channel when auth is missing (wire format)", async () => {
    const raw = await openRawConnected();
    const name = userChannel(randomUUID());
    raw.sendFrame({ event: "pusher:subscribe", data: { channel: name } });
    const frame = await raw.next(
      (f) => f.event === "pusher:subscription_error",
      "subscription_error",
    );
    expect(frame).toEqual({
      event: "pusher:subscription_error",
      channel: name,
      data: { type: "AuthError", error: expect.any(String), status: 401 },
    });

    // The same socket succeeds once it presents a valid signature.
    raw.sendFrame({
      event: "pusher:subscribe",
      data: { channel: name, auth: signChannelAuth(app, raw.socketId, name) },
    });
    const ok = await raw.next(
      (f) => f.event === "pusher_internal:subscription_succeeded",
      "subscription",
    );
    expect(ok).toEqual({
      event: "pusher_internal:subscription_succeeded",
      channel: name,
      data: "{}",
    });
  });

  it("stops delivering after pusher:unsubscribe", async () => {
    // A raw socket, because pusher-js drops a channel's events locally once it unsubscribes.
    const raw = await openRawConnected();
    const name = userChannel(randomUUID());
    const sentinelChannel = `sentinel-${randomUUID()}`;
    raw.sendFrame({
      event: "pusher:subscribe",
      data: { channel: name, auth: signChannelAuth(app, raw.socketId, name) },
    });
    raw.sendFrame({ event: "pusher:subscribe", data: { channel: sentinelChannel } });
    for (const channel of [name, sentinelChannel]) {
      await raw.next(
        (f) => f.event === "pusher_internal:subscription_succeeded" && f.channel === channel,
        `subscription to ${channel}`,
      );
    }

    const before = raw.next((f) => f.event === "before", "event before unsubscribing");
    await realtime.trigger(name, "before", {});
    expect(await before).toMatchObject({ channel: name });

    raw.sendFrame({ event: "pusher:unsubscribe", data: { channel: name } });
    // Round trip, so the unsubscribe has been processed before triggering.
    raw.sendFrame({ event: "pusher:ping", data: {} });
    await raw.next((f) => f.event === "pusher:pong", "pong");
    // One request, channels delivered in order: the unsubscribed one first.
    await realtime.trigger([name, sentinelChannel], "after", {});
    const next = await raw.next((f) => f.event === "after", "event after unsubscribing");
    expect(next.channel).toBe(sentinelChannel);
  });
});

describe("local realtime server: presence channels", () => {
  it("lists members and announces arrivals and departures", async () => {
    const name = `presence-exam-${randomUUID()}`;
    const member =
      (userId: string, displayName: string): Authorize =>
      (socketId, channel) =>
        realtime.authorizeChannel(socketId, channel, {
          user_id: userId,
          user_info: { name: displayName },
        });

    const ann = connect(member("ann", "Ann"));
    const annChannel = await subscribed<PresenceChannel>(ann, name);
    expect(annChannel.members.count).toBe(1);
    expect(annChannel.members.me).toEqual({ id: "ann", info: { name: "Ann" } });

    const arrival = nextEvent(annChannel, "pusher:member_added");
    const bob = connect(member("bob", "Bob"));
    const bobChannel = await subscribed<PresenceChannel>(bob, name);
    expect(await arrival).toEqual({ id: "bob", info: { name: "Bob" } });
    expect(bobChannel.members.count).toBe(2);
    const listed: unknown[] = [];
    bobChannel.members.each((m: unknown) => listed.push(m));
    expect(listed).toEqual(
      expect.arrayContaining([
        { id: "ann", info: { name: "Ann" } },
        { id: "bob", info: { name: "Bob" } },
      ]),
    );

    const users = await signedFetch(
      `/apps/${app.id}/channels/${name}/users`,
      "",
      app.secret,
      "GET",
    );
    expect(users.status).toBe(200);
    expect(
      ((await users.json()) as { users: { id: string }[] }).users.map((u) => u.id).sort(),
    ).toEqual(["ann", "bob"]);

    const departure = nextEvent(annChannel, "pusher:member_removed");
    bob.disconnect();
    expect(await departure).toEqual({ id: "bob", info: { name: "Bob" } });
    expect(annChannel.members.count).toBe(1);
  });

  it("refuses presence channel_data that was not signed", async () => {
    const raw = await openRawConnected();
    const name = `presence-room-${randomUUID()}`;
    const signedData = JSON.stringify({ user_id: "student" });
    raw.sendFrame({
      event: "pusher:subscribe",
      data: {
        channel: name,
        auth: signChannelAuth(app, raw.socketId, name, signedData),
        channel_data: JSON.stringify({ user_id: "admin" }),
      },
    });
    const frame = await raw.next((f) => f.channel === name, "presence reply");
    expect(frame).toMatchObject({ event: "pusher:subscription_error", data: { status: 401 } });
  });

  it("relays client events between members, tagged with the sender", async () => {
    const name = `presence-room-${randomUUID()}`;
    const as =
      (userId: string): Authorize =>
      (socketId, channel) =>
        realtime.authorizeChannel(socketId, channel, { user_id: userId });
    const ann = connect(as("ann"));
    const bob = connect(as("bob"));
    const annChannel = await subscribed(ann, name);
    const bobChannel = await subscribed(bob, name);

    const got = withTimeout(
      new Promise<[unknown, unknown]>((resolve) =>
        bobChannel.bind("client-typing", (data: unknown, metadata: unknown) =>
          resolve([data, metadata]),
        ),
      ),
      "client-typing",
    );
    expect(annChannel.trigger("client-typing", { on: true })).toBe(true);
    expect(await got).toEqual([{ on: true }, { user_id: "ann" }]);
  });
});

describe("local realtime server: protocol", () => {
  it("sends connection_established with a JSON-string payload and answers pings", async () => {
    const raw = await openRaw(`/app/${app.key}?protocol=7&client=js&version=8.6.0`);
    const established = await raw.next(
      (f) => f.event === "pusher:connection_established",
      "handshake",
    );
    expect(typeof established.data).toBe("string");
    const data = JSON.parse(established.data as string) as Record<string, unknown>;
    expect(data.socket_id).toMatch(/^\d+\.\d+$/);
    expect(data.activity_timeout).toBe(120);

    raw.sendFrame({ event: "pusher:ping", data: {} });
    expect(await raw.next((f) => f.event.startsWith("pusher:"), "pong")).toMatchObject({
      event: "pusher:pong",
    });
  });

  it("refuses an unknown app key with pusher:error 4001 and closes", async () => {
    const raw = await openRaw("/app/no-such-key?protocol=7&client=js&version=8.6.0");
    const error = await raw.next((f) => f.event === "pusher:error", "pusher:error");
    expect(error.data).toMatchObject({ code: 4001 });
    expect((await raw.closed).code).toBe(4001);
  });

  it("refuses other protocol versions with 4007", async () => {
    const raw = await openRaw(`/app/${app.key}?protocol=5&client=js&version=1`);
    expect(await raw.next((f) => f.event === "pusher:error", "pusher:error")).toMatchObject({
      data: { code: 4007 },
    });
    expect((await raw.closed).code).toBe(4007);
  });

  it("survives malformed frames", async () => {
    const raw = await openRawConnected();
    for (const junk of [
      "not json",
      "[]",
      "null",
      '{"event":5}',
      '{"event":"pusher:subscribe"}',
      '{"event":"pusher:subscribe","data":"{broken"}',
      '{"event":"pusher:subscribe","data":{"channel":{"x":1}}}',
      '{"event":"pusher:unsubscribe","data":7}',
      '{"event":"client-x","data":1}',
    ]) {
      raw.sendFrame(junk);
    }
    raw.ws.send(Buffer.from([0, 1, 2]), { binary: true });
    raw.sendFrame({ event: "pusher:ping", data: {} });
    await raw.next((f) => f.event === "pusher:pong", "pong after junk");
    expect(raw.ws.readyState).toBe(WebSocket.OPEN);
  });

  it("answers client events with an error when the app has not enabled them", async () => {
    const raw = await openRawConnected(quietApp.key);
    const name = `private-room-${randomUUID()}`;
    raw.sendFrame({
      event: "pusher:subscribe",
      data: { channel: name, auth: signChannelAuth(quietApp, raw.socketId, name) },
    });
    await raw.next((f) => f.event === "pusher_internal:subscription_succeeded", "subscription");
    raw.sendFrame({ event: "client-hello", channel: name, data: {} });
    const error = await raw.next((f) => f.event === "pusher:error", "pusher:error");
    expect(error.data).toMatchObject({ message: expect.stringMatching(/not enabled/) });
  });

  it("relays at most 10 client events per connection and second, as Pusher does", async () => {
    const name = `private-room-${randomUUID()}`;
    const [sender, receiver] = [await openRawConnected(), await openRawConnected()];
    for (const raw of [sender, receiver]) {
      raw.sendFrame({
        event: "pusher:subscribe",
        data: { channel: name, auth: signChannelAuth(app, raw.socketId, name) },
      });
      await raw.next((f) => f.event === "pusher_internal:subscription_succeeded", "subscription");
    }
    for (let i = 0; i < 12; i += 1) {
      sender.sendFrame({ event: "client-tick", channel: name, data: { i } });
    }
    for (const label of ["11th", "12th"]) {
      expect(await sender.next((f) => f.event === "pusher:error", label)).toMatchObject({
        data: { code: 4301 },
      });
    }
    // Every tick has been handled; a server event after them marks the end of what was relayed.
    await realtime.trigger(name, "sentinel", {});
    const relayed: unknown[] = [];
    for (;;) {
      const frame = await receiver.next((f) => f.channel === name, "relayed frames");
      if (frame.event === "sentinel") break;
      relayed.push(frame.data);
    }
    expect(relayed).toEqual(Array.from({ length: 10 }, (_, i) => ({ i })));
  });
});

describe("local realtime server: HTTP API", () => {
  const body = JSON.stringify({ name: "hello", channels: ["news"], data: "{}" });

  it("accepts a correctly signed event (control for the 401 cases)", async () => {
    const response = await signedFetch(`/apps/${app.id}/events`, body);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({});
  });

  it("answers 401 to a bad signature, a tampered body and an unsigned request", async () => {
    const wrongSecret = await signedFetch(`/apps/${app.id}/events`, body, "not-the-secret");
    expect(wrongSecret.status).toBe(401);

    const path = `/apps/${app.id}/events`;
    const query = signRequestQuery({ app, method: "POST", path, body });
    const tampered = await fetch(`http://127.0.0.1:${server.port}${path}?${query}`, {
      method: "POST",
      body: body.replace("hello", "hacked"),
    });
    expect(tampered.status).toBe(401);

    const unsigned = await fetch(`http://127.0.0.1:${server.port}${path}`, {
      method: "POST",
      body,
    });
    expect(unsigned.status).toBe(401);

    const stale = signRequestQuery({
      app,
      method: "POST",
      path,
      body,
      timestampSeconds: Math.floor(Date.now() / 1000) - 601,
    });
    expect(
      (await fetch(`http://127.0.0.1:${server.port}${path}?${stale}`, { method: "POST", body }))
        .status,
    ).toBe(401);
  });

  it("makes the adapter reject when its secret is wrong", async () => {
    await expect(portFor("wrong-secret").trigger("news", "hello", {})).rejects.toMatchObject({
      name: "RealtimeDeliveryError",
      status: 401,
    });
  });

  it("delivers batch events and validates their contents", async () => {
    const channelName = `batch-${randomUUID()}`;
    const client = connect();
    const channel = await subscribed(client, channelName);
    const first = nextEvent(channel, "one");
    const second = nextEvent(channel, "two");
    const batch = JSON.stringify({
      batch: [
        { name: "one", channel: channelName, data: '{"n":1}' },
        { name: "two", channel: channelName, data: '{"n":2}' },
      ],
    });
    expect((await signedFetch(`/apps/${app.id}/batch_events`, batch)).status).toBe(200);
    expect(await first).toEqual({ n: 1 });
    expect(await second).toEqual({ n: 2 });

    const invalid = JSON.stringify({ batch: [{ name: "x", channel: "bad channel", data: "{}" }] });
    expect((await signedFetch(`/apps/${app.id}/batch_events`, invalid)).status).toBe(400);
    const tooBig = JSON.stringify({
      name: "x",
      channels: ["news"],
      data: "x".repeat(10 * 1024 + 1),
    });
    expect((await signedFetch(`/apps/${app.id}/events`, tooBig)).status).toBe(413);
  });

  it("lists occupied channels and serves a health check", async () => {
    const channelName = `listed-${randomUUID()}`;
    const client = connect();
    await subscribed(client, channelName);
    const response = await signedFetch(`/apps/${app.id}/channels`, "", app.secret, "GET");
    expect(response.status).toBe(200);
    const { channels } = (await response.json()) as { channels: Record<string, unknown> };
    expect(channels).toHaveProperty(channelName);

    const health = await fetch(`http://127.0.0.1:${server.port}/health`);
    expect(health.status).toBe(200);
    expect(await health.text()).toBe("ok");
    expect((await signedFetch(`/apps/nope/events`, body)).status).toBe(404);
  });
});

describe("local realtime server: lifecycle", () => {
  it("drops connections that stop answering pings, removing their presence membership", async () => {
    const small = await startLocalRealtimeServer({
      port: 0,
      apps: [app],
      heartbeatIntervalMs: 500,
    });
    try {
      const name = `presence-room-${randomUUID()}`;
      const url = `ws://127.0.0.1:${small.port}/app/${app.key}?protocol=7&client=js&version=8.6.0`;
      const watcher = new WebSocket(url);
      const silent = new WebSocket(url, { autoPong: false });
      rawSockets.push(watcher, silent);
      // Answer pings by hand until the membership exists, then go quiet like a dropped network.
      let silentJoined = false;
      silent.on("ping", () => {
        if (!silentJoined) silent.pong();
      });
      const recorder = (ws: WebSocket) => {
        const seen: RawFrame[] = [];
        const listeners: (() => void)[] = [];
        ws.on("message", (raw) => {
          seen.push(JSON.parse(raw.toString()) as RawFrame);
          listeners.forEach((l) => l());
        });
        return (match: (f: RawFrame) => boolean, label: string) =>
          withTimeout(
            new Promise<RawFrame>((resolve) => {
              const check = () => {
                const found = seen.find(match);
                if (found) resolve(found);
              };
              listeners.push(check);
              check();
            }),
            label,
          );
      };
      const watcherNext = recorder(watcher);
      const silentNext = recorder(silent);
      const join = async (ws: WebSocket, next: ReturnType<typeof recorder>, userId: string) => {
        const hello = await next((f) => f.event === "pusher:connection_established", "handshake");
        const socketId = (JSON.parse(hello.data as string) as { socket_id: string }).socket_id;
        const channelData = JSON.stringify({ user_id: userId });
        ws.send(
          JSON.stringify({
            event: "pusher:subscribe",
            data: {
              channel: name,
              auth: signChannelAuth(app, socketId, name, channelData),
              channel_data: channelData,
            },
          }),
        );
        await next((f) => f.event === "pusher_internal:subscription_succeeded", "subscription");
      };
      await join(watcher, watcherNext, "watcher");
      await join(silent, silentNext, "silent");
      silentJoined = true;

      const silentClosed = withTimeout(
        new Promise((resolve) => silent.on("close", resolve)),
        "termination",
      );
      const removed = await watcherNext(
        (f) => f.event === "pusher_internal:member_removed",
        "member_removed",
      );
      expect(JSON.parse(removed.data as string)).toEqual({ user_id: "silent" });
      await silentClosed;
      expect(watcher.readyState).toBe(WebSocket.OPEN);
    } finally {
      await small.close();
    }
  });

  it("closes open connections with 4200 (reconnect) and frees the port", async () => {
    const extra = await startLocalRealtimeServer({ port: 0, apps: [app] });
    const ws = new WebSocket(
      `ws://127.0.0.1:${extra.port}/app/${app.key}?protocol=7&client=js&version=8.6.0`,
    );
    rawSockets.push(ws);
    await withTimeout(new Promise((resolve) => ws.once("message", resolve)), "handshake");
    const closed = withTimeout(
      new Promise<number>((resolve) => ws.on("close", (code) => resolve(code))),
      "close",
    );
    await extra.close();
    expect(await closed).toBe(4200);
    await expect(fetch(`http://127.0.0.1:${extra.port}/health`)).rejects.toThrow();
  });
});
