// A small server that speaks Pusher's protocol (version 7) so that the embedded default needs no
// Pusher account and no soketi: the `pusher` server library talks to its HTTP API and `pusher-js`
// in the browser talks to its WebSocket endpoint, unchanged. It keeps everything in memory for a
// single process; it is for development, tests and single-node installs, not a Pusher replacement.
//
// Implemented: public / private / presence channels, channel authorization signatures, ping/pong,
// opt-in client events (10 per second per connection, as on Pusher), signed `POST /apps/{id}/events`
// and `/batch_events`, the read-only `GET /apps/{id}/channels[/{name}[/users]]`, and the
// `client_event` webhook (an app's `webhookUrl`). Not implemented: the other webhooks (channel
// existence, presence, cache miss), user sign-in (`pusher:signin`), encrypted-channel payloads
// (they are relayed opaquely), cache channels.
//
// Three layers, one file each: channel-state.ts (connections, channels, presence), socket-protocol.ts
// (the WebSocket frames and subscription signatures) and http-api.ts (the signed trigger API); and
// webhook-sender.ts for what goes out. This file binds them to one HTTP server; main.ts is
// `npm run realtime`.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { WebSocket, WebSocketServer } from "ws";
import { AppState, type LocalRealtimeApp } from "./channel-state";
import { handleHttp, HttpError, respond, safeDecode } from "./http-api";
import { acceptConnection } from "./socket-protocol";
import { WebhookSender } from "./webhook-sender";

export type { LocalRealtimeApp } from "./channel-state";

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

const DEFAULT_HEARTBEAT_MS = 60_000;
// Our own resource bounds.
const MAX_FRAME_BYTES = 64 * 1024;
const CLOSE_GRACE_MS = 1_000;

export async function startLocalRealtimeServer(
  options: LocalRealtimeServerOptions,
): Promise<LocalRealtimeServer> {
  const webhookSenders: WebhookSender[] = [];
  const apps = options.apps.map((config) => {
    if (!config.webhookUrl) return new AppState(config);
    const sender = new WebhookSender({ url: config.webhookUrl, app: config });
    webhookSenders.push(sender);
    return new AppState(config, sender);
  });
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
      for (const sender of webhookSenders) sender.close();
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
