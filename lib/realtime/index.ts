// Entry point of the realtime port: picks Pusher or the local Pusher-protocol server from the
// environment once per process.
import { env, getAuthSecret, services } from "@/lib/env";
import { PusherRealtime, type RealtimeConfig } from "./pusher-adapter";
import { hmacSha256Hex } from "./pusher-signature";
import type { RealtimePort } from "./realtime-port";

export {
  InvalidChannelError,
  USER_CLIENT_ACTION_EVENT,
  assertChannelName,
  assertSocketId,
  isValidChannelName,
  isValidSocketId,
  parseRealtimePayload,
  realtimeChannels,
  userChannel,
  userIdOfChannel,
  userRealtimeChannel,
  type RealtimeChannel,
  type RealtimeChannelKind,
  type RealtimeEventName,
  type RealtimeEventPayload,
} from "./channels";
export { DEFAULT_AUTH_ENDPOINT, PusherRealtime, type RealtimeConfig } from "./pusher-adapter";
export {
  RealtimeDeliveryError,
  type ChannelAuthorization,
  type PresenceMemberData,
  type RealtimeClientConfig,
  type RealtimePort,
  type TriggerOptions,
} from "./realtime-port";

/**
 * The app served by the local server. PUSHER_APP_ID / PUSHER_KEY / PUSHER_SECRET win when set;
 * otherwise fixed defaults, with the secret derived from AUTH_SECRET so it is stable across
 * restarts and processes (Next and `npm run realtime`) without any configuration.
 */
/** The credentials of one app on a Pusher-protocol server. */
export type RealtimeAppCredentials = { id: string; key: string; secret: string };

export function localRealtimeApp(): RealtimeAppCredentials {
  return {
    id: env.PUSHER_APP_ID ?? "local",
    key: env.PUSHER_KEY ?? "local-key",
    secret:
      env.PUSHER_SECRET ??
      hmacSha256Hex(getAuthSecret(), "competition-platform:realtime:local-secret:v1"),
  };
}

/**
 * REALTIME_PUBLIC_HOST is what browsers connect to when it is not 127.0.0.1:REALTIME_PORT: a host,
 * `host:port`, or a URL whose scheme picks TLS (`wss://rt.example.com`).
 */
function publicEndpoint(value: string, fallbackPort: number, fallbackTLS: boolean) {
  const hasScheme = /^[a-z]+:\/\//i.test(value);
  const url = new URL(hasScheme ? value : `ws://${value}`);
  const forceTLS = hasScheme ? url.protocol === "wss:" || url.protocol === "https:" : fallbackTLS;
  const port = url.port ? Number(url.port) : hasScheme ? (forceTLS ? 443 : 80) : fallbackPort;
  return { wsHost: url.hostname, wsPort: port, forceTLS };
}

export function realtimeConfigFromEnv(): RealtimeConfig {
  if (services.realtime === "pusher") {
    return {
      mode: "pusher",
      appId: env.PUSHER_APP_ID!,
      key: env.PUSHER_KEY!,
      secret: env.PUSHER_SECRET!,
      cluster: env.PUSHER_CLUSTER,
      useTLS: env.PUSHER_USE_TLS,
      client: { forceTLS: env.PUSHER_USE_TLS },
    };
  }
  // "local": our own server, or another Pusher-protocol server (e.g. soketi) at PUSHER_HOST.
  const app = localRealtimeApp();
  const apiHost = env.PUSHER_HOST ?? "127.0.0.1";
  const apiPort = env.PUSHER_PORT ?? env.REALTIME_PORT;
  const useTLS = env.PUSHER_HOST ? env.PUSHER_USE_TLS : false;
  return {
    mode: "local",
    appId: app.id,
    key: app.key,
    secret: app.secret,
    cluster: env.PUSHER_CLUSTER,
    apiHost,
    apiPort,
    useTLS,
    client: env.REALTIME_PUBLIC_HOST
      ? publicEndpoint(env.REALTIME_PUBLIC_HOST, apiPort, useTLS)
      : { wsHost: apiHost, wsPort: apiPort, forceTLS: useTLS },
  };
}

export function createRealtime(config: RealtimeConfig): RealtimePort {
  return new PusherRealtime(config);
}

// On globalThis so Next's dev-mode module reloading does not create a client per reload.
const REALTIME = Symbol.for("competition-platform.realtime");
type RealtimeGlobal = typeof globalThis & { [REALTIME]?: RealtimePort };

export function getRealtime(): RealtimePort {
  const store = globalThis as RealtimeGlobal;
  store[REALTIME] ??= createRealtime(realtimeConfigFromEnv());
  return store[REALTIME];
}

/**
 * Replaces the process's realtime port (undefined: back to the one from the environment). For
 * tests that run their own Pusher-protocol server on a free port.
 */
export function setRealtime(port: RealtimePort | undefined): void {
  const store = globalThis as RealtimeGlobal;
  if (port) store[REALTIME] = port;
  else delete store[REALTIME];
}
