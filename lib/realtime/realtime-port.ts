// The realtime port: what the rest of the app may ask of the push channel. One adapter implements
// it for both Pusher and the local Pusher-protocol server, so nothing outside lib/realtime knows
// which one is running.
import type {
  RealtimeChannel,
  RealtimeChannelKind,
  RealtimeEventName,
  RealtimeEventPayload,
} from "./channels";

/** Identity shown to other members of a presence channel. */
export type PresenceMemberData = { user_id: string; user_info?: Record<string, unknown> };

/** The response body of the channel authorization endpoint, as pusher-js expects it. */
export type ChannelAuthorization = { auth: string; channel_data?: string };

/**
 * Options for `new Pusher(key, options)` in the browser, minus `key`. JSON-serialisable so a
 * server component can hand it to the client as props.
 */
export type RealtimeClientConfig = {
  key: string;
  cluster: string;
  /** Only for a self-hosted server; absent for Pusher cloud. */
  wsHost?: string;
  wsPort?: number;
  wssPort?: number;
  forceTLS: boolean;
  enabledTransports: ("ws" | "wss")[];
  /** Where pusher-js POSTs `socket_id` and `channel_name` to authorize private/presence channels. */
  authEndpoint: string;
};

export type TriggerOptions = {
  /** The sender's own socket id, so it does not receive the event it caused. */
  excludeSocketId?: string;
};

export interface RealtimePort {
  /**
   * Publishes `data` (JSON-encoded) as `event` on each channel. Rejects when the realtime server
   * refuses or cannot be reached; throws InvalidChannelError for invalid names or socket ids.
   */
  trigger(
    channels: string | string[],
    event: string,
    data: unknown,
    options?: TriggerOptions,
  ): Promise<void>;

  /**
   * The typed way in: publishes one of the channel's declared events (lib/realtime/channels.ts)
   * after checking the payload against its schema. `trigger` stays for raw names and tests.
   */
  publish<K extends RealtimeChannelKind, E extends RealtimeEventName<K>>(
    channel: RealtimeChannel<K>,
    event: E,
    payload: RealtimeEventPayload<K, E>,
    options?: TriggerOptions,
  ): Promise<void>;

  /**
   * Many typed events at once (each on its own channel with its own payload: one notification per
   * person), sent in Pusher's batches of 10 per request instead of one request each. Each payload
   * is checked first; a refused batch rejects (the others are still sent).
   */
  publishBatch<K extends RealtimeChannelKind, E extends RealtimeEventName<K>>(
    events: { channel: RealtimeChannel<K>; event: E; payload: RealtimeEventPayload<K, E> }[],
  ): Promise<void>;

  /**
   * Signs a private (no `presence`) or presence (with `presence`) channel subscription. The caller
   * must already have decided that the user may see the channel.
   */
  authorizeChannel(
    socketId: string,
    channel: string,
    presence?: PresenceMemberData,
  ): ChannelAuthorization;

  clientConfig(): RealtimeClientConfig;
}

/** The realtime server refused an event or could not be reached. */
export class RealtimeDeliveryError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "RealtimeDeliveryError";
  }
}
