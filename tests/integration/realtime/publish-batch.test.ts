// publishBatch: one notification each for many people, sent in Pusher's batches of 10 events per
// request, reaches every person's own channel through the local server and the real pusher-js
// client, each with its own payload, once; a payload that breaks its event's schema is refused
// before anything is sent.
import { randomBytes, randomUUID } from "node:crypto";
import Pusher, { type Channel } from "pusher-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRealtime, userRealtimeChannel, type RealtimePort } from "@/lib/realtime";
import { startLocalRealtimeServer, type LocalRealtimeServer } from "@/scripts/realtime/server";

const app = { id: "batch-app", key: "batch-key", secret: randomBytes(16).toString("hex") };
let server: LocalRealtimeServer;
let realtime: RealtimePort;
const clients: Pusher[] = [];

beforeAll(async () => {
  server = await startLocalRealtimeServer({ port: 0, apps: [app] });
  realtime = createRealtime({
    mode: "local",
    appId: app.id,
    key: app.key,
    secret: app.secret,
    cluster: "mt1",
    apiHost: "127.0.0.1",
    apiPort: server.port,
    useTLS: false,
    client: { wsHost: "127.0.0.1", wsPort: server.port, forceTLS: false },
  });
});
afterAll(async () => {
  for (const client of clients) client.disconnect();
  await server?.close();
});

function subscribe(userId: string): Promise<Channel> {
  const options = realtime.clientConfig();
  const client = new Pusher(options.key, {
    ...options,
    channelAuthorization: {
      customHandler: ({ socketId, channelName }, callback) =>
        callback(null, realtime.authorizeChannel(socketId, channelName)),
    },
  });
  clients.push(client);
  const channel = client.subscribe(userRealtimeChannel(userId).name);
  return new Promise((resolve) =>
    channel.bind("pusher:subscription_succeeded", () => resolve(channel)),
  );
}

const message = (id: number) => ({
  id,
  subject: `Subject ${id}`,
  message: "Hello",
  read: false,
  created_at: new Date().toISOString(),
});

describe("publishBatch", () => {
  it("delivers each person's own event once, 23 events in batches of 10", async () => {
    const people = Array.from({ length: 23 }, () => randomUUID());
    const channels = await Promise.all(people.map(subscribe));
    const received = people.map(() => [] as number[]);
    const allIn = new Promise<void>((resolve) => {
      channels.forEach((channel, index) =>
        channel.bind("notification_activity", (data: { message: { id: number } }) => {
          received[index]!.push(data.message.id);
          if (received.every((list) => list.length > 0)) resolve();
        }),
      );
    });
    await realtime.publishBatch(
      people.map((userId, index) => ({
        channel: userRealtimeChannel(userId),
        event: "notification_activity" as const,
        payload: { type: "notification_activity" as const, message: message(index + 1) },
      })),
    );
    await allIn;
    await new Promise((resolve) => setTimeout(resolve, 200)); // nothing more arrives
    expect(received).toEqual(people.map((_, index) => [index + 1]));
  });

  it("refuses a payload its event's schema does not allow, sending nothing", async () => {
    const userId = randomUUID();
    await expect(
      realtime.publishBatch([
        {
          channel: userRealtimeChannel(userId),
          event: "notification_activity",
          payload: { type: "notification_activity", message: { id: -1 } } as never,
        },
      ]),
    ).rejects.toThrow();
  });
});
