// A small server that speaks Pusher's protocol (version 7) so that the embedded default needs no
// Pusher account and no soketi: the `pusher` server library talks to its HTTP API and `pusher-js`
// in the browser talks to its WebSocket endpoint, unchanged. It keeps everything in memory for a
// single process; it is for development, tests and single-node installs, not a Pusher replacement.
//
// Implemented: public / private / presence channels, channel authorization signatures, ping/pong,
// opt-in client events, signed `POST /apps/{id}/events` and `/batch_events`, and the read-only
// `GET /apps/{id}/channels[/{name}[/users]]`. Not implemented: webhooks, user sign-in
// (`pusher:signin`), encrypted-channel payloads (they are relayed opaquely), cache channels.
import { randomInt } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { WebSocket, WebSocketServer, type RawData } from "ws";
import { channelKind, isValidChannelName, isValidSocketId } from "./channels";
import { verifyChannelAuth, verifySignedRequest } from "./pusher-signature";

export type LocalRealtimeApp = {
  id: string;
  key: string;
  secret: string;
  /** Relay `client-*` events between subscribers. Off by default, as on Pusher. */
  enableClientEvents?: boolean;
};

export type LocalRealtimeServerOptions = {
  /** 0 picks a free port; the chosen one is returned. */
  port: number;
  /** Interface to bind; loopback by default so nothing is exposed unless asked for. */
  host?: string;
  apps: LocalRealtimeApp[];
  /** How often dead connections are detected with WebSocket ping frames. */
  heartbeatIntervalMs?: number;
};

export type LocalRealtimeServer = {
  port: number;
  close(): Promise<void>;
};

const PROTOCOL_VERSION = 7;
/** Seconds of silence after which the client pings us (sent in connection_established). */
const ACTIVITY_TIMEOUT_SECONDS = 120;
const DEFAULT_HEARTBEAT_MS = 60_000;
// Pusher's published limits, enforced so that code which would fail against Pusher fails here too.
const MAX_EVENT_NAME_LENGTH = 200;
const MAX_EVENT_DATA_BYTES = 10 * 1024;
const MAX_CHANNELS_PER_EVENT = 100;
const MAX_BATCH_EVENTS = 10;
// Our own resource bounds.
const MAX_FRAME_BYTES = 64 * 1024;
const MAX_HTTP_BODY_BYTES = 1024 * 1024;
/** A client this far behind on reading is dropped rather than buffered without limit. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;
const CLOSE_GRACE_MS = 1_000;

type Connection = {
  socketId: string;
  ws: WebSocket;
  app: AppState;
  /** Subscribed channel → presence user id (undefined for public/private channels). */
  channels: Map<string, string | undefined>;
  alive: boolean;
};

type PresenceMember = { info: unknown; socketIds: Set<string> };

type ChannelState = {
  subscribers: Map<string, Connection>;
  /** Presence channels only: one entry per user, however many tabs they have open. */
  members: Map<string, PresenceMember>;
};

type Frame = { event: string; channel?: string; data?: unknown; user_id?: string };

function send(connection: Connection, frame: Frame | string): void {
  const { ws } = connection;
  if (ws.readyState !== WebSocket.OPEN) return;
  if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
    ws.terminate();
    return;
  }
  ws.send(typeof frame === "string" ? frame : JSON.stringify(frame));
}

function sendError(connection: Connection, code: number | null, message: string): void {
  send(connection, { event: "pusher:error", data: { code, message } });
}

/** Channel and membership bookkeeping for one app. */
class AppState {
  readonly connections = new Map<string, Connection>();
  private readonly channels = new Map<string, ChannelState>();

  constructor(readonly config: LocalRealtimeApp) {}

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

// ---------------------------------------------------------------------------------------------
// WebSocket protocol

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
function objectData(data: unknown): Record<string, unknown> | undefined {
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

function acceptConnection(
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

// ---------------------------------------------------------------------------------------------
// HTTP API

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function respond(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  const json = typeof body !== "string";
  res.writeHead(status, {
    "content-type": json ? "application/json" : "text/plain; charset=utf-8",
    "cache-control": "no-store",
  });
  res.end(json ? JSON.stringify(body) : body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_HTTP_BODY_BYTES) {
        // Stop reading; the socket is dropped once the 413 has been written.
        req.pause();
        reject(new HttpError(413, "Request body too large"));
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

type OutgoingEvent = { name: string; data: string; channels: string[]; socketId?: string };

/** Validates one event of `/events` (`channels` or `channel`) or of `/batch_events` (`channel`). */
function parseEvent(value: unknown): OutgoingEvent {
  const event = objectData(value);
  if (!event) throw new HttpError(400, "Event must be a JSON object");
  const { name, data, channels, channel, socket_id: socketId } = event;
  if (typeof name !== "string" || name === "" || name.length > MAX_EVENT_NAME_LENGTH) {
    throw new HttpError(400, `name must be a string of 1-${MAX_EVENT_NAME_LENGTH} characters`);
  }
  // Pusher requires the payload as a string (the `pusher` library JSON-encodes objects).
  if (typeof data !== "string") throw new HttpError(400, "data must be a string");
  if (Buffer.byteLength(data, "utf8") > MAX_EVENT_DATA_BYTES) {
    throw new HttpError(413, `Event data exceeds ${MAX_EVENT_DATA_BYTES} bytes`);
  }
  const list = Array.isArray(channels) ? channels : channel !== undefined ? [channel] : [];
  if (list.length === 0 || list.length > MAX_CHANNELS_PER_EVENT) {
    throw new HttpError(400, `Between 1 and ${MAX_CHANNELS_PER_EVENT} channels are required`);
  }
  if (!list.every(isValidChannelName)) throw new HttpError(400, "Invalid channel name");
  if (socketId !== undefined && !isValidSocketId(socketId)) {
    throw new HttpError(400, "Invalid socket_id");
  }
  return { name, data, channels: list, socketId };
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    throw new HttpError(400, "Body must be JSON");
  }
}

function deliver(app: AppState, event: OutgoingEvent): void {
  for (const channel of event.channels) {
    app.broadcast(channel, { event: event.name, channel, data: event.data }, event.socketId);
  }
}

function infoFields(query: URLSearchParams): Set<string> {
  return new Set((query.get("info") ?? "").split(",").filter(Boolean));
}

function handleApi(
  app: AppState,
  method: string,
  route: string,
  body: string,
  query: URLSearchParams,
) {
  if (method === "POST" && route === "/events") {
    deliver(app, parseEvent(parseJson(body)));
    return {};
  }
  if (method === "POST" && route === "/batch_events") {
    const batch = objectData(parseJson(body))?.batch;
    if (!Array.isArray(batch) || batch.length === 0 || batch.length > MAX_BATCH_EVENTS) {
      throw new HttpError(400, `batch must hold 1-${MAX_BATCH_EVENTS} events`);
    }
    // Validate every event before delivering any, so a bad batch has no partial effect.
    const events = batch.map((item) => {
      if (Array.isArray(objectData(item)?.channels)) {
        throw new HttpError(400, "Batch events take a single channel");
      }
      return parseEvent(item);
    });
    for (const event of events) deliver(app, event);
    return {};
  }
  if (method !== "GET") throw new HttpError(404, "Not found");

  const info = infoFields(query);
  if (route === "/channels") {
    const prefix = query.get("filter_by_prefix") ?? "";
    const channels = app
      .channelNames()
      .filter((name) => name.startsWith(prefix))
      .map((name) => [
        name,
        info.has("user_count") && channelKind(name) === "presence"
          ? { user_count: app.channelInfo(name)?.userCount ?? 0 }
          : {},
      ]);
    return { channels: Object.fromEntries(channels) };
  }
  const match = /^\/channels\/([^/]+)(\/users)?$/.exec(route);
  const name = match?.[1] !== undefined ? decodeURIComponent(match[1]) : undefined;
  if (!match || !isValidChannelName(name)) throw new HttpError(404, "Not found");
  if (match[2]) {
    if (channelKind(name) !== "presence") throw new HttpError(400, "Not a presence channel");
    return { users: app.presenceUserIds(name).map((id) => ({ id })) };
  }
  const details = app.channelInfo(name);
  return {
    occupied: details !== undefined,
    ...(info.has("subscription_count") && { subscription_count: details?.subscriptionCount ?? 0 }),
    ...(info.has("user_count") && { user_count: details?.userCount ?? 0 }),
  };
}

async function handleHttp(
  appsById: Map<string, AppState>,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const rawUrl = req.url ?? "/";
  const queryStart = rawUrl.indexOf("?");
  // The signature covers the path and query exactly as sent, so keep both raw.
  const path = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
  const rawQuery = queryStart === -1 ? "" : rawUrl.slice(queryStart + 1);
  const method = req.method ?? "GET";

  if (method === "GET" && (path === "/" || path === "/health")) return respond(res, 200, "ok");

  const match = /^\/apps\/([^/]+)(\/.*)$/.exec(path);
  const app = match?.[1] !== undefined ? appsById.get(safeDecode(match[1])) : undefined;
  if (!match?.[2] || !app) return respond(res, 404, "Not found");

  const body = method === "POST" ? await readBody(req) : "";
  const verification = verifySignedRequest({ app: app.config, method, path, rawQuery, body });
  if (!verification.ok) return respond(res, 401, verification.reason);

  respond(res, 200, handleApi(app, method, match[2], body, new URLSearchParams(rawQuery)));
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

// ---------------------------------------------------------------------------------------------

export async function startLocalRealtimeServer(
  options: LocalRealtimeServerOptions,
): Promise<LocalRealtimeServer> {
  const apps = options.apps.map((config) => new AppState(config));
  const appsById = new Map(apps.map((app) => [app.config.id, app]));
  const appsByKey = new Map(apps.map((app) => [app.config.key, app]));
  if (appsById.size !== apps.length || appsByKey.size !== apps.length) {
    throw new Error("Local realtime apps must have distinct ids and keys");
  }

  const server = createServer((req, res) => {
    handleHttp(appsById, req, res).catch((error: unknown) => {
      if (!req.complete) res.once("finish", () => req.destroy());
      if (error instanceof HttpError) respond(res, error.status, error.message);
      else respond(res, 500, "Internal error");
    });
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });

  server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on("error", () => socket.destroy());
    const url = new URL(req.url ?? "/", "http://localhost");
    const match = /^\/app\/([^/]+)$/.exec(url.pathname);
    if (!match?.[1]) {
      socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
      return;
    }
    const key = safeDecode(match[1]);
    wss.handleUpgrade(req, socket, head, (ws) =>
      acceptConnection(ws, appsByKey, key, url.searchParams),
    );
  });

  // WebSocket ping frames find connections that vanished without a close (sleeping laptops, dropped
  // networks), so their presence memberships do not linger. Browsers answer pings automatically.
  const heartbeat = setInterval(() => {
    for (const app of apps) {
      for (const connection of app.connections.values()) {
        if (!connection.alive) {
          connection.ws.terminate();
          continue;
        }
        connection.alive = false;
        try {
          connection.ws.ping();
        } catch {
          connection.ws.terminate();
        }
      }
    }
  }, options.heartbeatIntervalMs ?? DEFAULT_HEARTBEAT_MS);
  heartbeat.unref();

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      clearInterval(heartbeat);
      const sockets = apps.flatMap((app) => [...app.connections.values()].map((c) => c.ws));
      await Promise.all(sockets.map(closeWebSocket));
      wss.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    })();
    return closing;
  };

  return { port, close };
}

/** Closes with 4200 ("reconnect") so pusher-js clients come back when the server does. */
function closeWebSocket(ws: WebSocket): Promise<void> {
  if (ws.readyState === WebSocket.CLOSED) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => ws.terminate(), CLOSE_GRACE_MS);
    ws.once("close", () => {
      clearTimeout(timer);
      resolve();
    });
    ws.close(4200, "Server shutting down");
  });
}
