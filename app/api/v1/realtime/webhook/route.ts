// POST /api/v1/realtime/webhook/ — Pusher's webhook (or the local realtime server's): client events
// browsers sent on their channels. Acts on `client-action` on `private-user-{id}` (the spec's
// mark_as_read, lib/notifications/client-action.ts) and ignores every other event.
import { z } from "zod";
import { env } from "@/lib/env";
import { defineRoute } from "@/lib/http/define-route";
import { readBodyBytes } from "@/lib/http/read-body";
import { handleClientAction } from "@/lib/notifications/client-action";
import { realtimeConfigFromEnv, USER_CLIENT_ACTION_EVENT } from "@/lib/realtime";
import { readWebhook, userClientEvents } from "@/lib/realtime/webhook";

export const POST = defineRoute(
  {
    summary: "Receive realtime webhooks",
    description:
      "Called by Pusher or the local realtime server, not by API clients: a Pusher webhook body " +
      "(`{time_ms, events}`) signed with `X-Pusher-Key` and `X-Pusher-Signature` (hex " +
      "HMAC-SHA256 of the raw body with the app secret). A `client_event` named " +
      `\`${USER_CLIENT_ACTION_EVENT}\` on \`private-user-{id}\` carries the spec's ` +
      '`{"action": "mark_as_read", "data": {"notification_id": 123}}`; its refusals go back on ' +
      "that channel as `error` events. Other events are ignored.",
    tags: ["Realtime"],
    auth: "public",
    // The signature is the authentication; Pusher's own senders share a few addresses, which a
    // per-address limit would throttle. Client events are limited per connection upstream.
    rateLimit: "none",
    response: z.object({ ok: z.literal(true) }),
    errors: [400, 401, 413],
  },
  async ({ ctx, request }) => {
    const { key, secret } = realtimeConfigFromEnv();
    const events = readWebhook(
      { key, secret },
      {
        key: request.headers.get("x-pusher-key"),
        signature: request.headers.get("x-pusher-signature"),
        rawBody: await readBodyBytes(request, env.MAX_BODY_BYTES),
      },
    );
    for (const { userId, data } of userClientEvents(events, USER_CLIENT_ACTION_EVENT)) {
      await handleClientAction({ ctx, userId, data });
    }
    return { ok: true as const };
  },
);

export * from "@/lib/http/unserved-methods";
