// Pusher's webhooks, as Pusher sends them and as the local server does
// (scripts/realtime/webhook-sender.ts): a JSON body `{time_ms, events: [...]}` POSTed with
// `X-Pusher-Key` (the app) and `X-Pusher-Signature` (hex HMAC-SHA256 of the raw body with the app's
// secret). Only client events are typed: they are the only kind the app acts on; the rest
// (channel_occupied, member_added …) pass through as bare `{name}` objects to be ignored.
// See https://pusher.com/docs/channels/server_api/webhooks/
import { z } from "zod";
import { AuthenticationFailed, Invalid } from "@/lib/errors";
import { userIdOfChannel } from "./channels";
import { safeEqual, verifyWebhookSignature } from "./pusher-signature";

/** One `client_event` as Pusher reports it; `data` is the client's payload, JSON-encoded. */
export const clientEventWebhook = z.object({
  name: z.literal("client_event"),
  channel: z.string(),
  event: z.string(),
  data: z.string(),
  socket_id: z.string(),
  /** Presence channels only: the sender's member id. */
  user_id: z.string().optional(),
});
export type ClientEventWebhook = z.output<typeof clientEventWebhook>;

const webhookBody = z.object({
  time_ms: z.number(),
  events: z.array(z.looseObject({ name: z.string() })),
});

/**
 * The events of a webhook whose key and signature check out. Throws AuthenticationFailed for a
 * wrong key or signature (before the body is parsed) and Invalid for a body that is not a webhook.
 */
export function readWebhook(
  app: { key: string; secret: string },
  request: { key: string | null; signature: string | null; rawBody: Uint8Array },
): z.output<typeof webhookBody>["events"] {
  if (request.key === null || !safeEqual(request.key, app.key)) {
    throw new AuthenticationFailed("Unknown X-Pusher-Key.");
  }
  if (!verifyWebhookSignature(app.secret, request.rawBody, request.signature)) {
    throw new AuthenticationFailed("Invalid X-Pusher-Signature.");
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(request.rawBody));
  } catch {
    throw new Invalid("Malformed JSON.", undefined, "parse_error");
  }
  const parsed = webhookBody.safeParse(json);
  if (!parsed.success) throw new Invalid("Not a Pusher webhook body.");
  return parsed.data.events;
}

/**
 * The client events named `event` that were sent on a user's own channel, with that user's id.
 * A malformed client event is skipped like any event the app does not handle.
 */
export function userClientEvents(
  events: readonly { name: string }[],
  event: string,
): { userId: string; data: string }[] {
  return events.flatMap((raw) => {
    const parsed = clientEventWebhook.safeParse(raw);
    if (!parsed.success || parsed.data.event !== event) return [];
    const userId = userIdOfChannel(parsed.data.channel);
    return userId === undefined ? [] : [{ userId, data: parsed.data.data }];
  });
}
