// Reading a webhook: key and signature first, then the body; and picking out the client events
// the app acts on (its own event name, on a user's own channel).
import { describe, expect, it } from "vitest";
import { AuthenticationFailed, Invalid } from "@/lib/errors";
import { USER_CLIENT_ACTION_EVENT, userChannel } from "./channels";
import { hmacSha256Hex } from "./pusher-signature";
import { readWebhook, userClientEvents } from "./webhook";

const app = { key: "app-key", secret: "app-secret-0123456789" };
const userId = "0b6f1c1e-5b7a-4d0e-9c1f-2a3b4c5d6e7f";
const encode = (text: string) => new TextEncoder().encode(text);

function signed(body: string, overrides: { key?: string | null; signature?: string | null } = {}) {
  return {
    key: app.key,
    signature: hmacSha256Hex(app.secret, body),
    rawBody: encode(body),
    ...overrides,
  };
}

const clientEvent = (overrides: Record<string, unknown> = {}) => ({
  name: "client_event",
  channel: userChannel(userId),
  event: USER_CLIENT_ACTION_EVENT,
  data: '{"action":"mark_as_read"}',
  socket_id: "1.2",
  ...overrides,
});

describe("readWebhook", () => {
  const body = JSON.stringify({ time_ms: 1, events: [clientEvent(), { name: "channel_vacated" }] });

  it("returns the events of a correctly signed webhook", () => {
    expect(readWebhook(app, signed(body))).toEqual([clientEvent(), { name: "channel_vacated" }]);
  });

  it("refuses a wrong or missing key or signature before looking at the body", () => {
    for (const overrides of [
      { key: "other-key" },
      { key: null },
      { signature: hmacSha256Hex("other-secret", body) },
      { signature: null },
      { rawBody: encode(body.replace("mark_as_read", "mark_as_reaf")) },
    ]) {
      expect(() => readWebhook(app, { ...signed(body), ...overrides })).toThrow(
        AuthenticationFailed,
      );
    }
    expect(() => readWebhook(app, signed("not json", { key: "other-key" }))).toThrow(
      AuthenticationFailed,
    );
  });

  it("refuses a signed body that is not a webhook", () => {
    for (const text of ["not json", "[]", '{"events":[]}', '{"time_ms":1,"events":[{}]}']) {
      expect(() => readWebhook(app, signed(text))).toThrow(Invalid);
    }
  });
});

describe("userClientEvents", () => {
  it("keeps the named event on a user's channel, with the user's id and the raw data", () => {
    const events = [
      clientEvent(),
      clientEvent({ event: "client-typing" }),
      clientEvent({ channel: "private-user-not-a-uuid" }),
      clientEvent({ channel: `presence-user-${userId}` }),
      clientEvent({ channel: `private-users-${userId}` }),
      clientEvent({ name: "member_added" }),
      clientEvent({ data: { action: "mark_as_read" } }),
      { name: "channel_occupied", channel: userChannel(userId) },
    ];
    expect(userClientEvents(events, USER_CLIENT_ACTION_EVENT)).toEqual([
      { userId, data: '{"action":"mark_as_read"}' },
    ]);
  });
});
