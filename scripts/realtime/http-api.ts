// Layer 3 of the local Pusher-protocol server: the signed HTTP API the `pusher` server library
// calls (`POST /apps/{id}/events`, `/batch_events`, and the read-only channel queries).
import type { IncomingMessage, ServerResponse } from "node:http";
import { channelKind, isValidChannelName, isValidSocketId } from "@/lib/realtime/channels";
import { verifySignedRequest } from "@/lib/realtime/pusher-signature";
import { MAX_EVENT_NAME_LENGTH, type AppState } from "./channel-state";
import { objectData } from "./socket-protocol";

const MAX_EVENT_DATA_BYTES = 10 * 1024;
const MAX_CHANNELS_PER_EVENT = 100;
const MAX_BATCH_EVENTS = 10;
const MAX_HTTP_BODY_BYTES = 1024 * 1024;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function respond(res: ServerResponse, status: number, body: unknown): void {
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

export async function handleHttp(
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

export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
