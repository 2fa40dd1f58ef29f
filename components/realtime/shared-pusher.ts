"use client";
// One pusher-js connection per browser tab, shared by every useRealtime on the page (the result
// page today, the notification bell next): each caller borrows it and gives it back, and the
// socket closes when the last one has. Channels are shared the same way.
import Pusher, { type Channel } from "pusher-js";
import type { RealtimeClientConfig } from "@/lib/realtime/realtime-port";

type Shared = { client: Pusher; users: number; channels: Map<string, number> };
const connections = new Map<string, Shared>();

export type BorrowedChannel = { client: Pusher; channel: Channel; release: () => void };

/** The tab's connection for `config`, subscribed to `channelName`; call `release` when done. */
export function borrowChannel(config: RealtimeClientConfig, channelName: string): BorrowedChannel {
  const key = JSON.stringify(config);
  let shared = connections.get(key);
  if (!shared) {
    const client = new Pusher(config.key, {
      cluster: config.cluster,
      wsHost: config.wsHost,
      wsPort: config.wsPort,
      wssPort: config.wssPort,
      forceTLS: config.forceTLS,
      enabledTransports: config.enabledTransports,
      channelAuthorization: { endpoint: config.authEndpoint, transport: "ajax" },
    });
    shared = { client, users: 0, channels: new Map() };
    connections.set(key, shared);
  }
  const entry = shared;
  entry.users += 1;
  entry.channels.set(channelName, (entry.channels.get(channelName) ?? 0) + 1);
  const channel = entry.client.channel(channelName) ?? entry.client.subscribe(channelName);

  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    const left = (entry.channels.get(channelName) ?? 1) - 1;
    if (left === 0) {
      entry.channels.delete(channelName);
      entry.client.unsubscribe(channelName);
    } else {
      entry.channels.set(channelName, left);
    }
    entry.users -= 1;
    if (entry.users === 0) {
      connections.delete(key);
      entry.client.disconnect();
    }
  };
  return { client: entry.client, channel, release };
}
