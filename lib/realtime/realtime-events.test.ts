// The typed channel list: names, payload schemas, and the compile-time link between them.
import { describe, expect, expectTypeOf, it } from "vitest";
import { ZodError } from "zod";
import {
  InvalidChannelError,
  parseRealtimePayload,
  realtimeEventSchema,
  userRealtimeChannel,
  type RealtimeEventName,
  type RealtimeEventPayload,
} from "./channels";
import { PusherRealtime } from "./pusher-adapter";

const userId = "0b6f1c1e-5b7a-4d0e-9c1f-2a3b4c5d6e7f";
const payload = { examId: 7, attemptId: null, source: "manual" as const };

describe("typed realtime channels", () => {
  it("names the user channel as CONTRACT §9 does", () => {
    expect(userRealtimeChannel(userId)).toEqual({ kind: "user", name: `private-user-${userId}` });
  });

  it("parses a declared event's payload and strips what the schema does not name", () => {
    expect(parseRealtimePayload("user", "score_recorded", { ...payload, score: 99 })).toEqual(
      payload,
    );
  });

  it("refuses malformed payloads and undeclared events", () => {
    expect(() =>
      parseRealtimePayload("user", "score_recorded", { ...payload, examId: "7" }),
    ).toThrow(ZodError);
    expect(() => parseRealtimePayload("user", "score_recorded", { examId: 7 })).toThrow(ZodError);
    expect(realtimeEventSchema("user", "no_such_event")).toBeUndefined();
    expect(realtimeEventSchema("user", "toString")).toBeUndefined();
    expect(() =>
      parseRealtimePayload("user", "no_such_event" as "score_recorded", payload),
    ).toThrow(InvalidChannelError);
  });

  it("carries the read-state and client-action error events in the spec's shapes", () => {
    const read = { type: "notification_read", ids: [3, 4], read: true, unread_count: 2 };
    expect(parseRealtimePayload("user", "notification_read", read)).toEqual(read);
    const all = { ...read, ids: "all", unread_count: 0 };
    expect(parseRealtimePayload("user", "notification_read", all)).toEqual(all);
    for (const bad of [
      { ...read, ids: "some" },
      { ...read, ids: [0] },
      { ...read, unread_count: -1 },
    ]) {
      expect(() => parseRealtimePayload("user", "notification_read", bad)).toThrow(ZodError);
    }
    const error = { type: "error", message: "Unknown action: foo" };
    expect(parseRealtimePayload("user", "error", error)).toEqual(error);
    expect(() => parseRealtimePayload("user", "error", { ...error, type: "oops" })).toThrow(
      ZodError,
    );
  });

  it("links each event name to its payload type", () => {
    expectTypeOf<RealtimeEventName<"user">>().toEqualTypeOf<
      "score_recorded" | "notification_activity" | "notification_read" | "error"
    >();
    expectTypeOf<RealtimeEventPayload<"user", "score_recorded">>().toEqualTypeOf<{
      examId: number;
      attemptId: string | null;
      source: "auto" | "manual";
    }>();
  });

  it("publish checks the payload before anything leaves the process", async () => {
    // Port 1: a request that got out would fail with RealtimeDeliveryError, not ZodError.
    const realtime = new PusherRealtime({
      mode: "local",
      appId: "app",
      key: "key",
      secret: "secret",
      cluster: "mt1",
      apiHost: "127.0.0.1",
      apiPort: 1,
      useTLS: false,
      client: { forceTLS: false },
    });
    const channel = userRealtimeChannel(userId);
    await expect(
      // @ts-expect-error examId must be a number
      realtime.publish(channel, "score_recorded", { ...payload, examId: "7" }),
    ).rejects.toThrow(ZodError);
    await expect(
      // @ts-expect-error the user channel carries no such event
      realtime.publish(channel, "no_such_event", payload),
    ).rejects.toThrow(InvalidChannelError);
  });
});
