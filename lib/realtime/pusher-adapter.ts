// The one RealtimePort adapter. Pusher cloud and the local Pusher-protocol server differ only in
// where the HTTP API lives and what the browser connects to, so both go through the official
// `pusher` library; the local server is thereby tested against the same client code as production.
import Pusher from "pusher";
import {
  assertChannelName,
  assertSocketId,
  channelKind,
  InvalidChannelError,
  parseRealtimePayload,
  type RealtimeChannel,
  type RealtimeChannelKind,
  type RealtimeEventName,
  type RealtimeEventPayload,
} from "./channels";
import {
  RealtimeDeliveryError,
  type ChannelAuthorization,
  type PresenceMemberData,
  type RealtimeClientConfig,
  type RealtimePort,
  type TriggerOptions,
} from "./realtime-port";

export const DEFAULT_AUTH_ENDPOINT = "/api/v1/realtime/auth/";
/** The `pusher` library refuses more channels than this in one request. */
const MAX_CHANNELS_PER_REQUEST = 100;
/** Pusher takes at most this many events in one `/batch_events` request. */
const MAX_EVENTS_PER_BATCH = 10;
const MAX_EVENT_NAME_LENGTH = 200;

export type RealtimeConfig = {
  mode: "pusher" | "local";
  appId: string;
  key: string;
  secret: string;
  cluster: string;
  /** HTTP API host for a self-hosted server; absent for Pusher cloud (derived from cluster). */
  apiHost?: string;
  apiPort?: number;
  /** HTTPS for the HTTP API. */
  useTLS: boolean;
  /** What the browser connects to. `wsHost` absent means Pusher cloud. */
  client: { wsHost?: string; wsPort?: number; forceTLS: boolean };
  authEndpoint?: string;
  /** HTTP API request timeout; a realtime outage must not hang the request that triggered. */
  timeoutMs?: number;
};

export class PusherRealtime implements RealtimePort {
  private readonly pusher: Pusher;

  constructor(private readonly config: RealtimeConfig) {
    const base = {
      appId: config.appId,
      key: config.key,
      secret: config.secret,
      useTLS: config.useTLS,
      timeout: config.timeoutMs ?? 5_000,
    };
    this.pusher = config.apiHost
      ? new Pusher({
          ...base,
          host: config.apiHost,
          ...(config.apiPort !== undefined && { port: String(config.apiPort) }),
        })
      : new Pusher({ ...base, cluster: config.cluster });
  }

  async trigger(
    channels: string | string[],
    event: string,
    data: unknown,
    options: TriggerOptions = {},
  ): Promise<void> {
    const list = Array.isArray(channels) ? channels : [channels];
    list.forEach((channel) => assertChannelName(channel));
    if (options.excludeSocketId !== undefined) assertSocketId(options.excludeSocketId);
    if (event === "" || event.length > MAX_EVENT_NAME_LENGTH) {
      throw new Error(`Event name must be 1-${MAX_EVENT_NAME_LENGTH} characters`);
    }
    if (list.length === 0) return;

    // Always JSON-encode: the library would pass strings through raw, and pusher-js would then
    // turn a string payload such as "42" into the number 42.
    const payload = JSON.stringify(data ?? null);
    const params = options.excludeSocketId ? { socket_id: options.excludeSocketId } : undefined;
    const chunks: string[][] = [];
    for (let i = 0; i < list.length; i += MAX_CHANNELS_PER_REQUEST) {
      chunks.push(list.slice(i, i + MAX_CHANNELS_PER_REQUEST));
    }
    await Promise.all(chunks.map((chunk) => this.send(chunk, event, payload, params)));
  }

  async publish<K extends RealtimeChannelKind, E extends RealtimeEventName<K>>(
    channel: RealtimeChannel<K>,
    event: E,
    payload: RealtimeEventPayload<K, E>,
    options?: TriggerOptions,
  ): Promise<void> {
    const data = parseRealtimePayload(channel.kind, event, payload);
    await this.trigger(channel.name, event, data, options);
  }

  async publishBatch<K extends RealtimeChannelKind, E extends RealtimeEventName<K>>(
    events: { channel: RealtimeChannel<K>; event: E; payload: RealtimeEventPayload<K, E> }[],
  ): Promise<void> {
    const batch = events.map(({ channel, event, payload }) => {
      assertChannelName(channel.name);
      const data = parseRealtimePayload(channel.kind, event, payload);
      return { channel: channel.name, name: event, data: JSON.stringify(data ?? null) };
    });
    const chunks: (typeof batch)[] = [];
    for (let i = 0; i < batch.length; i += MAX_EVENTS_PER_BATCH) {
      chunks.push(batch.slice(i, i + MAX_EVENTS_PER_BATCH));
    }
    const results = await Promise.allSettled(chunks.map((chunk) => this.sendBatch(chunk)));
    const failed = results.find((result) => result.status === "rejected");
    if (failed) throw (failed as PromiseRejectedResult).reason;
  }

  authorizeChannel(
    socketId: string,
    channel: string,
    presence?: PresenceMemberData,
  ): ChannelAuthorization {
    assertSocketId(socketId);
    assertChannelName(channel);
    const kind = channelKind(channel);
    if (kind === "public") {
      throw new InvalidChannelError(`Public channels need no authorization: ${channel}`);
    }
    if (channel.startsWith("private-encrypted-")) {
      // Would need an encryption master key; nothing in the app uses encrypted channels.
      throw new InvalidChannelError(`Encrypted channels are not supported: ${channel}`);
    }
    if (kind === "presence" && !presence) {
      throw new InvalidChannelError(`Presence channel ${channel} needs member data`);
    }
    if (kind === "private" && presence) {
      throw new InvalidChannelError(`Private channel ${channel} takes no member data`);
    }
    if (presence && (typeof presence.user_id !== "string" || presence.user_id === "")) {
      throw new InvalidChannelError("Presence member data needs a user_id");
    }
    const { auth, channel_data } = this.pusher.authorizeChannel(socketId, channel, presence);
    return channel_data === undefined ? { auth } : { auth, channel_data };
  }

  clientConfig(): RealtimeClientConfig {
    const { client } = this.config;
    return {
      key: this.config.key,
      cluster: this.config.cluster,
      ...(client.wsHost !== undefined && { wsHost: client.wsHost }),
      ...(client.wsPort !== undefined && { wsPort: client.wsPort, wssPort: client.wsPort }),
      forceTLS: client.forceTLS,
      enabledTransports: ["ws", "wss"],
      authEndpoint: this.config.authEndpoint ?? DEFAULT_AUTH_ENDPOINT,
    };
  }

  private async sendBatch(batch: Pusher.BatchEvent[]): Promise<void> {
    try {
      const response = await this.pusher.triggerBatch(batch);
      await response.text();
    } catch (error) {
      const status = (error as { status?: unknown }).status;
      throw new RealtimeDeliveryError(
        `Realtime ${this.config.mode} server refused or missed a batch of ${batch.length} events` +
          (typeof status === "number" ? ` (HTTP ${status})` : ""),
        typeof status === "number" ? status : undefined,
        { cause: error },
      );
    }
  }

  private async send(
    channels: string[],
    event: string,
    payload: string,
    params: Pusher.TriggerParams | undefined,
  ): Promise<void> {
    try {
      const response = await this.pusher.trigger(channels, event, payload, params);
      await response.text(); // Drain, so the connection is released.
    } catch (error) {
      const status = (error as { status?: unknown }).status;
      const body = (error as { body?: unknown }).body;
      const detail = typeof body === "string" && body !== "" ? `: ${body.slice(0, 200)}` : "";
      throw new RealtimeDeliveryError(
        `Realtime ${this.config.mode} server refused or missed event ${event}` +
          (typeof status === "number" ? ` (HTTP ${status}${detail})` : ""),
        typeof status === "number" ? status : undefined,
        { cause: error },
      );
    }
  }
}
