// The three signatures of the Pusher protocol:
//  - channel authorization: `key:hex(HMAC-SHA256(secret, "socket_id:channel[:channel_data]"))`,
//    produced by our auth endpoint and presented by the browser on `pusher:subscribe`;
//  - HTTP API request signing: query `auth_*` params plus `body_md5`, signed over
//    "METHOD\nPATH\nsorted query", produced by the `pusher` server library on every request;
//  - webhooks: `X-Pusher-Signature: hex(HMAC-SHA256(secret, raw body))`, produced by Pusher (or the
//    local server) and checked by our webhook route.
// See https://pusher.com/docs/channels/library_auth_reference/auth-signatures/ and
// https://pusher.com/docs/channels/server_api/webhooks/
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/** Pusher rejects requests whose auth_timestamp is further than this from its clock. */
export const MAX_TIMESTAMP_SKEW_SECONDS = 600;

/** Strings are signed as UTF-8; bytes (a raw request body) as they are. */
export function hmacSha256Hex(secret: string, data: string | Uint8Array): string {
  const hmac = createHmac("sha256", secret);
  return (typeof data === "string" ? hmac.update(data, "utf8") : hmac.update(data)).digest("hex");
}

export function md5Hex(body: string | Buffer): string {
  return createHash("md5").update(body).digest("hex");
}

/** Constant-time string equality; unequal lengths are rejected without comparing contents. */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, "utf8");
  const right = Buffer.from(b, "utf8");
  return left.length === right.length && timingSafeEqual(left, right);
}

// ---------------------------------------------------------------------------------------------
// Channel authorization

export function channelAuthString(socketId: string, channel: string, channelData?: string): string {
  return channelData === undefined
    ? `${socketId}:${channel}`
    : `${socketId}:${channel}:${channelData}`;
}

export function signChannelAuth(
  app: { key: string; secret: string },
  socketId: string,
  channel: string,
  channelData?: string,
): string {
  return `${app.key}:${hmacSha256Hex(app.secret, channelAuthString(socketId, channel, channelData))}`;
}

export function verifyChannelAuth(
  app: { key: string; secret: string },
  input: { socketId: string; channel: string; auth: unknown; channelData?: string },
): boolean {
  if (typeof input.auth !== "string") return false;
  const expected = signChannelAuth(app, input.socketId, input.channel, input.channelData);
  return safeEqual(input.auth, expected);
}

// ---------------------------------------------------------------------------------------------
// HTTP API request signing

/**
 * Parses a raw query string the way the signer built it: `k=v` pairs joined by `&`, percent-escapes
 * decoded, `+` left alone (the `pusher` library never form-encodes). Keys are lowercased, as the
 * spec requires. Returns undefined for an undecodable escape.
 */
export function parseQuery(rawQuery: string): Map<string, string> | undefined {
  const params = new Map<string, string>();
  const query = rawQuery.startsWith("?") ? rawQuery.slice(1) : rawQuery;
  if (query === "") return params;
  try {
    for (const pair of query.split("&")) {
      if (pair === "") continue;
      const equals = pair.indexOf("=");
      const key = decodeURIComponent(equals === -1 ? pair : pair.slice(0, equals));
      const value = equals === -1 ? "" : decodeURIComponent(pair.slice(equals + 1));
      params.set(key.toLowerCase(), value);
    }
  } catch {
    return undefined;
  }
  return params;
}

/** The signed form of the query: every param but auth_signature, sorted by key, `k=v&k=v`. */
export function canonicalQuery(params: Map<string, string> | Record<string, string>): string {
  const entries = params instanceof Map ? [...params.entries()] : Object.entries(params);
  return entries
    .filter(([key]) => key !== "auth_signature")
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join("&");
}

export function requestStringToSign(
  method: string,
  path: string,
  params: Map<string, string> | Record<string, string>,
): string {
  return `${method.toUpperCase()}\n${path}\n${canonicalQuery(params)}`;
}

/** Builds a signed query string, like the `pusher` library does. Used by tests and tooling. */
export function signRequestQuery(input: {
  app: { key: string; secret: string };
  method: string;
  path: string;
  body?: string;
  params?: Record<string, string>;
  timestampSeconds?: number;
}): string {
  const params: Record<string, string> = {
    ...input.params,
    auth_key: input.app.key,
    auth_timestamp: String(input.timestampSeconds ?? Math.floor(Date.now() / 1000)),
    auth_version: "1.0",
  };
  if (input.body) params.body_md5 = md5Hex(input.body);
  const signature = hmacSha256Hex(
    input.app.secret,
    requestStringToSign(input.method, input.path, params),
  );
  return `${canonicalQuery(params)}&auth_signature=${signature}`;
}

export type RequestVerification = { ok: true } | { ok: false; reason: string };

/**
 * Checks a signed HTTP API request. `path` is the request path exactly as received (that is what
 * was signed); `body` the raw body. Every failure is a 401 for the caller; `reason` is for the
 * response text and is safe to show (it never includes the expected signature).
 */
export function verifySignedRequest(input: {
  app: { key: string; secret: string };
  method: string;
  path: string;
  rawQuery: string;
  body: string;
  nowSeconds?: number;
}): RequestVerification {
  const params = parseQuery(input.rawQuery);
  if (!params) return { ok: false, reason: "Malformed query string" };

  const key = params.get("auth_key");
  const timestamp = params.get("auth_timestamp");
  const version = params.get("auth_version");
  const signature = params.get("auth_signature");
  if (!key || !timestamp || !version || !signature) {
    return { ok: false, reason: "Missing authentication parameters" };
  }
  if (!safeEqual(key, input.app.key)) return { ok: false, reason: "Unknown auth_key" };
  if (version !== "1.0") return { ok: false, reason: "Unsupported auth_version" };

  const now = input.nowSeconds ?? Math.floor(Date.now() / 1000);
  const sent = /^\d+$/.test(timestamp) ? Number(timestamp) : NaN;
  if (!Number.isFinite(sent) || Math.abs(now - sent) > MAX_TIMESTAMP_SKEW_SECONDS) {
    return { ok: false, reason: "Timestamp expired: the server and client clocks differ" };
  }

  // The body is only covered by the signature through its MD5, so the MD5 must be present
  // whenever there is a body and must match it.
  const bodyMd5 = params.get("body_md5");
  if (input.body.length > 0 || bodyMd5 !== undefined) {
    if (bodyMd5 === undefined) return { ok: false, reason: "Missing body_md5" };
    if (!safeEqual(bodyMd5, md5Hex(input.body))) {
      return { ok: false, reason: "body_md5 does not match the body" };
    }
  }

  const expected = hmacSha256Hex(
    input.app.secret,
    requestStringToSign(input.method, input.path, params),
  );
  if (!safeEqual(signature, expected)) return { ok: false, reason: "Invalid signature" };
  return { ok: true };
}

// ---------------------------------------------------------------------------------------------
// Webhooks

/**
 * Checks `X-Pusher-Signature` against the raw body exactly as received (re-serialised JSON would
 * not match). A missing or malformed signature is simply false.
 */
export function verifyWebhookSignature(
  secret: string,
  rawBody: string | Uint8Array,
  signature: string | null | undefined,
): boolean {
  if (typeof signature !== "string") return false;
  return safeEqual(signature, hmacSha256Hex(secret, rawBody));
}
