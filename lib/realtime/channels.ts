// Pusher's naming rules, shared by the adapter (before anything leaves this process) and the local
// server (for what arrives over the wire), so both reject exactly what Pusher itself would; and the
// typed list of the app's channels and the events each carries.
import { z } from "zod";

/** Thrown for a socket id, channel name or channel kind that Pusher would refuse. */
export class InvalidChannelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidChannelError";
  }
}

const SOCKET_ID = /^\d+\.\d+$/;
const CHANNEL_NAME = /^[-a-zA-Z0-9_=@,.;]+$/;
export const MAX_CHANNEL_NAME_LENGTH = 200;

export type ChannelKind = "public" | "private" | "presence";

export function isValidSocketId(socketId: unknown): socketId is string {
  return typeof socketId === "string" && SOCKET_ID.test(socketId);
}

export function isValidChannelName(channel: unknown): channel is string {
  return (
    typeof channel === "string" &&
    channel.length <= MAX_CHANNEL_NAME_LENGTH &&
    CHANNEL_NAME.test(channel)
  );
}

export function assertSocketId(socketId: unknown): asserts socketId is string {
  if (!isValidSocketId(socketId)) {
    throw new InvalidChannelError(`Invalid socket id: ${JSON.stringify(socketId)}`);
  }
}

export function assertChannelName(channel: unknown): asserts channel is string {
  if (!isValidChannelName(channel)) {
    // Clip the echo so a hostile 1 MB "channel name" does not end up in logs verbatim.
    const shown = typeof channel === "string" ? channel.slice(0, 60) : String(channel);
    throw new InvalidChannelError(`Invalid channel name: ${JSON.stringify(shown)}`);
  }
}

/** `private-encrypted-*` counts as private: its subscription signature is the same. */
export function channelKind(channel: string): ChannelKind {
  if (channel.startsWith("presence-")) return "presence";
  if (channel.startsWith("private-")) return "private";
  return "public";
}

const USER_CHANNEL_PREFIX = "private-user-";

/** The private channel that carries one user's notifications. */
export function userChannel(userId: string): string {
  const channel = `${USER_CHANNEL_PREFIX}${userId}`;
  assertChannelName(channel);
  return channel;
}

/** The user whose channel this is; undefined for any other channel. */
export function userIdOfChannel(channel: string): string | undefined {
  if (!channel.startsWith(USER_CHANNEL_PREFIX)) return undefined;
  const parsed = z.uuid().safeParse(channel.slice(USER_CHANNEL_PREFIX.length));
  return parsed.success ? parsed.data : undefined;
}

// ---------------------------------------------------------------------------------------------
// The app's channels and the events each carries: the one list both ends read. The server
// publishes through `RealtimePort.publish` (payload parsed here first); the browser's
// `useRealtime` parses what arrives with the same schemas. Import this file, not the index, from
// client code: it needs nothing but zod.

/** Payload of `score_recorded`: enough to know which result to reload, never the answers. */
const scoreRecorded = z.object({
  examId: z.number().int().positive(),
  attemptId: z.uuid().nullable(),
  source: z.enum(["auto", "manual"]),
});

/** Payload of `notification_activity`: the spec's message object for one new notification. */
const notificationActivity = z.object({
  type: z.literal("notification_activity"),
  message: z.object({
    id: z.number().int().positive(),
    subject: z.string(),
    message: z.string(),
    read: z.boolean(),
    created_at: z.iso.datetime(),
  }),
});

/**
 * Payload of `notification_read`: some of this person's notifications were marked (one by id, or
 * all of them), from any of their tabs or API clients, so every open bell can catch up.
 */
const notificationRead = z.object({
  type: z.literal("notification_read"),
  ids: z.union([z.array(z.number().int().positive()), z.literal("all")]),
  read: z.boolean(),
  unread_count: z.number().int().min(0),
});

/** Payload of `error`: the spec's answer to a client action it could not carry out. */
const clientActionError = z.object({
  type: z.literal("error"),
  message: z.string(),
});

/**
 * The one client event the app acts on: a browser triggers it on its own user channel with the
 * spec's `{"action": "mark_as_read", "data": {"notification_id": 123}}` (pusher-js:
 * `channel.trigger("client-action", {...})`). Pusher, or the local server, relays it to
 * POST /api/v1/realtime/webhook/, which hands it to lib/notifications/client-action.ts; a refusal
 * comes back on the same channel as `error`, a success as `notification_read`.
 */
export const USER_CLIENT_ACTION_EVENT = "client-action";

export const realtimeChannels = {
  /** `private-user-{userId}`: what one signed-in person should hear about (CONTRACT §9). */
  user: {
    name: (userId: string) => userChannel(userId),
    events: {
      /** A score was written for this candidate (automatically or by staff). */
      score_recorded: scoreRecorded,
      /** A notification for this person was written (a broadcast, or an event about them). */
      notification_activity: notificationActivity,
      /** Notifications of this person were marked read or unread. */
      notification_read: notificationRead,
      /** A `client-action` this person sent was refused (unknown action, bad payload). */
      error: clientActionError,
    },
  },
} as const;

export type RealtimeChannelKind = keyof typeof realtimeChannels;
export type RealtimeEventName<K extends RealtimeChannelKind> =
  keyof (typeof realtimeChannels)[K]["events"] & string;
export type RealtimeEventPayload<
  K extends RealtimeChannelKind,
  E extends RealtimeEventName<K>,
> = z.output<(typeof realtimeChannels)[K]["events"][E]>;

/** A concrete channel (its kind and its wire name), as `publish` and `useRealtime` take it. */
export type RealtimeChannel<K extends RealtimeChannelKind = RealtimeChannelKind> = {
  kind: K;
  name: string;
};

export function userRealtimeChannel(userId: string): RealtimeChannel<"user"> {
  return { kind: "user", name: realtimeChannels.user.name(userId) };
}

/** The schema for one event of one channel kind; undefined for an event the kind does not carry. */
export function realtimeEventSchema<K extends RealtimeChannelKind>(
  kind: K,
  event: string,
): z.ZodType<RealtimeEventPayload<K, RealtimeEventName<K>>> | undefined {
  const events = realtimeChannels[kind].events as Record<string, z.ZodType>;
  return Object.hasOwn(events, event)
    ? (events[event] as z.ZodType<RealtimeEventPayload<K, RealtimeEventName<K>>>)
    : undefined;
}

/** Validates a payload before it is published (throws ZodError) or after it arrives. */
export function parseRealtimePayload<K extends RealtimeChannelKind, E extends RealtimeEventName<K>>(
  kind: K,
  event: E,
  payload: unknown,
): RealtimeEventPayload<K, E> {
  const schema = realtimeEventSchema(kind, event);
  if (!schema) throw new InvalidChannelError(`Channel kind ${kind} carries no event ${event}`);
  return schema.parse(payload) as RealtimeEventPayload<K, E>;
}
