// Layer 2 of the local Pusher-protocol server: the WebSocket protocol (version 7). Parses frames,
// checks subscription signatures, and hands the result to the channel state.
import type { RawData, WebSocket } from "ws";
import { channelKind, isValidChannelName } from "@/lib/realtime/channels";
import { verifyChannelAuth } from "@/lib/realtime/pusher-signature";
import {
  MAX_CLIENT_EVENTS_PER_SECOND,
  MAX_EVENT_NAME_LENGTH,
  send,
  sendError,
  type AppState,
  type Connection,
  type Frame,
} from "./channel-state";

const PROTOCOL_VERSION = 7;
/** Seconds of silence after which the client pings us (sent in connection_established). */
const ACTIVITY_TIMEOUT_SECONDS = 120;

function parseFrame(raw: RawData): Frame | undefined {
  try {
    const value: unknown = JSON.parse(raw.toString());
    if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
    const frame = value as Record<string, unknown>;
    if (typeof frame.event !== "string") return undefined;
    return {
      event: frame.event,
      channel: typeof frame.channel === "string" ? frame.channel : undefined,
      data: frame.data,
    };
  } catch {
    return undefined;
  }
}

/** `pusher:*` payloads are objects, but some clients send them JSON-encoded; accept both. */
export function objectData(data: unknown): Record<string, unknown> | undefined {
  let value = data;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function subscriptionError(connection: Connection, channel: string, error: string, status: number) {
  // pusher-js emits this frame's data as the channel's `pusher:subscription_error`.
  send(connection, {
    event: "pusher:subscription_error",
    channel,
    data: { type: "AuthError", error, status },
  });
}

function parsePresenceMember(channelData: string): { userId: string; info: unknown } | undefined {
  const data = objectData(channelData);
  const userId = data?.user_id;
  if (typeof userId === "number" && Number.isFinite(userId)) {
    return { userId: String(userId), info: data?.user_info };
  }
  if (typeof userId === "string" && userId !== "") return { userId, info: data?.user_info };
  return undefined;
}

function handleSubscribe(connection: Connection, payload: unknown): void {
  const data = objectData(payload);
  const channel = data?.channel;
  if (!isValidChannelName(channel)) {
    sendError(connection, null, "Invalid channel name");
    return;
  }
  const { app } = connection;
  const kind = channelKind(channel);
  if (kind === "public") {
    app.subscribe(connection, channel);
    return;
  }

  const channelData = kind === "presence" ? data?.channel_data : undefined;
  if (kind === "presence" && typeof channelData !== "string") {
    subscriptionError(connection, channel, "Presence channels require channel_data", 401);
    return;
  }
  const authorized = verifyChannelAuth(app.config, {
    socketId: connection.socketId,
    channel,
    auth: data?.auth,
    channelData: channelData as string | undefined,
  });
  if (!authorized) {
    subscriptionError(
      connection,
      channel,
      "Invalid signature: the subscription was not authorized",
      401,
    );
    return;
  }
  if (kind === "private") {
    app.subscribe(connection, channel);
    return;
  }
  const member = parsePresenceMember(channelData as string);
  if (!member) {
    subscriptionError(connection, channel, "channel_data must be JSON with a user_id", 400);
    return;
  }
  app.subscribe(connection, channel, member);
}

function handleClientEvent(connection: Connection, frame: Frame): void {
  const { app } = connection;
  const channel = frame.channel;
  if (!app.config.enableClientEvents) {
    sendError(connection, null, "Client events are not enabled for this app");
    return;
  }
  if (frame.event.length > MAX_EVENT_NAME_LENGTH) {
    sendError(connection, null, "Event name too long");
    return;
  }
  if (
    channel === undefined ||
    channelKind(channel) === "public" ||
    !connection.channels.has(channel)
  ) {
    sendError(connection, null, "Client events need a subscribed private or presence channel");
    return;
  }
  if (!withinClientEventLimit(connection)) {
    sendError(connection, 4301, "Client event rejected due to rate limit");
    return;
  }
  const userId = connection.channels.get(channel);
  app.broadcast(
    channel,
    {
      event: frame.event,
      channel,
      data: frame.data,
      ...(userId !== undefined && { user_id: userId }),
    },
    connection.socketId,
  );
  // As Pusher reports client events to the app's webhook: the payload JSON-encoded.
  app.clientEventSink?.send({
    name: "client_event",
    channel,
    event: frame.event,
    data: typeof frame.data === "string" ? frame.data : JSON.stringify(frame.data ?? null),
    socket_id: connection.socketId,
    ...(userId !== undefined && { user_id: userId }),
  });
}

/** Pusher's limit of client events per connection and second; excess events are dropped. */
function withinClientEventLimit(connection: Connection): boolean {
  const now = Date.now();
  const window = connection.clientEvents;
  if (now - window.windowStart >= 1_000) {
    window.windowStart = now;
    window.count = 0;
  }
  window.count += 1;
  return window.count <= MAX_CLIENT_EVENTS_PER_SECOND;
}

function handleFrame(connection: Connection, raw: RawData, isBinary: boolean): void {
  if (isBinary) return;
  const frame = parseFrame(raw);
  if (!frame) return; // Malformed frames are dropped; one bad client must not affect the server.

  if (frame.event === "pusher:ping") {
    send(connection, { event: "pusher:pong", data: {} });
  } else if (frame.event === "pusher:subscribe") {
    handleSubscribe(connection, frame.data);
  } else if (frame.event === "pusher:unsubscribe") {
    const channel = objectData(frame.data)?.channel;
    if (typeof channel === "string") connection.app.unsubscribe(connection, channel);
  } else if (frame.event.startsWith("client-")) {
    handleClientEvent(connection, frame);
  }
  // Anything else (pusher:pong, pusher:signin, unknown events) needs no answer.
}

export function acceptConnection(
  ws: WebSocket,
  appsByKey: Map<string, AppState>,
  key: string,
  query: URLSearchParams,
): void {
  ws.on("error", () => {}); // A reset socket also emits "close", which does the cleanup.

  const refuse = (code: number, message: string) => {
    // Protocol 7 clients read the pusher:error (handshake) and the close code.
    ws.send(JSON.stringify({ event: "pusher:error", data: { code, message } }));
    ws.close(code, message.slice(0, 120));
  };
  const app = appsByKey.get(key);
  if (!app) return refuse(4001, `App key ${key.slice(0, 40)} does not exist`);
  if (query.get("protocol") !== String(PROTOCOL_VERSION)) {
    return refuse(4007, `Unsupported protocol version; use ${PROTOCOL_VERSION}`);
  }

  const connection: Connection = {
    socketId: app.newSocketId(),
    ws,
    app,
    channels: new Map(),
    alive: true,
    clientEvents: { windowStart: 0, count: 0 },
  };
  app.connections.set(connection.socketId, connection);

  ws.on("message", (raw, isBinary) => {
    connection.alive = true;
    try {
      handleFrame(connection, raw, isBinary);
    } catch {
      // A bug in one frame's handling must not take the process down with it.
    }
  });
  ws.on("pong", () => {
    connection.alive = true;
  });
  ws.on("close", () => app.disconnect(connection));

  send(connection, {
    event: "pusher:connection_established",
    data: JSON.stringify({
      socket_id: connection.socketId,
      activity_timeout: ACTIVITY_TIMEOUT_SECONDS,
    }),
  });
}
