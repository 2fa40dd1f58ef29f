// Layer 1 of the local Pusher-protocol server: connections, channels and presence membership for
// one app, in memory. Knows nothing of frames' parsing or of HTTP; the other layers call it.
import { randomInt } from "node:crypto";
import { WebSocket } from "ws";
import { channelKind } from "@/lib/realtime/channels";
import type { RealtimeAppCredentials } from "@/lib/realtime";
import type { ClientEventWebhook } from "@/lib/realtime/webhook";

export type LocalRealtimeApp = RealtimeAppCredentials & {
  /** Relay `client-*` events between subscribers. Off by default, as on Pusher. */
  enableClientEvents?: boolean;
  /** Where accepted client events are POSTed in Pusher's webhook format; none when unset. */
  webhookUrl?: string;
};

/** Where accepted client events go besides the channel (server.ts plugs in the webhook sender). */
export type ClientEventSink = { send(event: ClientEventWebhook): unknown };

// Pusher's published limits, enforced so that code which would fail against Pusher fails here too.
export const MAX_EVENT_NAME_LENGTH = 200;
export const MAX_CLIENT_EVENTS_PER_SECOND = 10;
/** A client this far behind on reading is dropped rather than buffered without limit. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

export type Connection = {
  socketId: string;
  ws: WebSocket;
  app: AppState;
  /** Subscribed channel → presence user id (undefined for public/private channels). */
  channels: Map<string, string | undefined>;
  alive: boolean;
  /** Client events sent in the current one-second window, for Pusher's per-connection limit. */
  clientEvents: { windowStart: number; count: number };
};

type PresenceMember = { info: unknown; socketIds: Set<string> };

type ChannelState = {
  subscribers: Map<string, Connection>;
  /** Presence channels only: one entry per user, however many tabs they have open. */
  members: Map<string, PresenceMember>;
};

export type Frame = { event: string; channel?: string; data?: unknown; user_id?: string };

export function send(connection: Connection, frame: Frame | string): void {
  const { ws } = connection;
  if (ws.readyState !== WebSocket.OPEN) return;
  if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
    ws.terminate();
    return;
  }
  ws.send(typeof frame === "string" ? frame : JSON.stringify(frame));
}

export function sendError(connection: Connection, code: number | null, message: string): void {
  send(connection, { event: "pusher:error", data: { code, message } });
}

/** Channel and membership bookkeeping for one app. */
export class AppState {
  readonly connections = new Map<string, Connection>();
  private readonly channels = new Map<string, ChannelState>();

  constructor(
    readonly config: LocalRealtimeApp,
    readonly clientEventSink?: ClientEventSink,
  ) {}

  newSocketId(): string {
    for (;;) {
      const id = `${randomInt(1, 2 ** 31)}.${randomInt(1, 2 ** 31)}`;
      if (!this.connections.has(id)) return id;
    }
  }

  subscribe(connection: Connection, channel: string, member?: { userId: string; info: unknown }) {
    let state = this.channels.get(channel);
    if (!state) {
      state = { subscribers: new Map(), members: new Map() };
      this.channels.set(channel, state);
    }
    const alreadySubscribed = connection.channels.has(channel);
    if (!alreadySubscribed) {
      state.subscribers.set(connection.socketId, connection);
      connection.channels.set(channel, member?.userId);
      if (member) {
        const existing = state.members.get(member.userId);
        if (existing) {
          existing.socketIds.add(connection.socketId);
        } else {
          state.members.set(member.userId, {
            info: member.info,
            socketIds: new Set([connection.socketId]),
          });
          // Only a user's first connection is news to the others.
          this.broadcast(
            channel,
            {
              event: "pusher_internal:member_added",
              channel,
              data: JSON.stringify({ user_id: member.userId, user_info: member.info }),
            },
            connection.socketId,
          );
        }
      }
    }

    let data = "{}";
    if (channelKind(channel) === "presence") {
      // fromEntries, not assignment: a user id of "__proto__" must stay an ordinary key.
      const hash = Object.fromEntries(
        [...state.members].map(([userId, entry]) => [userId, entry.info ?? null]),
      );
      const ids = [...state.members.keys()];
      data = JSON.stringify({ presence: { ids, hash, count: ids.length } });
    }
    send(connection, { event: "pusher_internal:subscription_succeeded", channel, data });
  }

  unsubscribe(connection: Connection, channel: string): void {
    if (!connection.channels.has(channel)) return;
    const userId = connection.channels.get(channel);
    connection.channels.delete(channel);
    const state = this.channels.get(channel);
    if (!state) return;
    state.subscribers.delete(connection.socketId);

    if (userId !== undefined) {
      const member = state.members.get(userId);
      member?.socketIds.delete(connection.socketId);
      if (member && member.socketIds.size === 0) {
        state.members.delete(userId);
        this.broadcast(channel, {
          event: "pusher_internal:member_removed",
          channel,
          data: JSON.stringify({ user_id: userId }),
        });
      }
    }
    if (state.subscribers.size === 0) this.channels.delete(channel);
  }

  disconnect(connection: Connection): void {
    for (const channel of [...connection.channels.keys()]) this.unsubscribe(connection, channel);
    this.connections.delete(connection.socketId);
  }

  /** Sends one frame to every subscriber of `channel`, serialised once. */
  broadcast(channel: string, frame: Frame, excludeSocketId?: string): void {
    const state = this.channels.get(channel);
    if (!state) return;
    const text = JSON.stringify(frame);
    for (const [socketId, subscriber] of state.subscribers) {
      if (socketId !== excludeSocketId) send(subscriber, text);
    }
  }

  channelInfo(channel: string): { subscriptionCount: number; userCount: number } | undefined {
    const state = this.channels.get(channel);
    return state && { subscriptionCount: state.subscribers.size, userCount: state.members.size };
  }

  channelNames(): string[] {
    return [...this.channels.keys()];
  }

  presenceUserIds(channel: string): string[] {
    return [...(this.channels.get(channel)?.members.keys() ?? [])];
  }
}
