import { describe, expect, it } from "vitest";
import { InvalidChannelError } from "./channels";
import { PusherRealtime, type RealtimeConfig } from "./pusher-adapter";
import { verifyChannelAuth } from "./pusher-signature";
import { RealtimeDeliveryError } from "./realtime-port";

const localConfig: RealtimeConfig = {
  mode: "local",
  appId: "app",
  key: "key",
  secret: "secret",
  cluster: "mt1",
  apiHost: "127.0.0.1",
  apiPort: 1, // Nothing listens on port 1: requests fail fast with ECONNREFUSED.
  useTLS: false,
  client: { wsHost: "127.0.0.1", wsPort: 6001, forceTLS: false },
};

describe("PusherRealtime.authorizeChannel", () => {
  const realtime = new PusherRealtime(localConfig);

  it("signs private channels so the server-side check accepts them", () => {
    const result = realtime.authorizeChannel("1.2", "private-user-x");
    expect(result.channel_data).toBeUndefined();
    expect(
      verifyChannelAuth(localConfig, {
        socketId: "1.2",
        channel: "private-user-x",
        auth: result.auth,
      }),
    ).toBe(true);
    expect(
      verifyChannelAuth(localConfig, {
        socketId: "1.3",
        channel: "private-user-x",
        auth: result.auth,
      }),
    ).toBe(false);
  });

  it("signs presence channels together with the member data", () => {
    const result = realtime.authorizeChannel("1.2", "presence-room", {
      user_id: "u1",
      user_info: { name: "Ann" },
    });
    expect(JSON.parse(result.channel_data!)).toEqual({ user_id: "u1", user_info: { name: "Ann" } });
    expect(
      verifyChannelAuth(localConfig, {
        socketId: "1.2",
        channel: "presence-room",
        auth: result.auth,
        channelData: result.channel_data,
      }),
    ).toBe(true);
  });

  it.each([
    ["an invalid socket id", "12", "private-x", undefined],
    ["an invalid channel", "1.2", "private-x y", undefined],
    ["a public channel", "1.2", "news", undefined],
    ["an encrypted channel", "1.2", "private-encrypted-x", undefined],
    ["a presence channel without member data", "1.2", "presence-x", undefined],
    ["a private channel with member data", "1.2", "private-x", { user_id: "u1" }],
    ["an empty presence user id", "1.2", "presence-x", { user_id: "" }],
  ])("refuses %s", (_label, socketId, channel, presence) => {
    expect(() => realtime.authorizeChannel(socketId, channel, presence)).toThrow(
      InvalidChannelError,
    );
  });
});

describe("PusherRealtime.trigger", () => {
  const realtime = new PusherRealtime(localConfig);

  it("validates channels and socket ids before sending anything", async () => {
    await expect(realtime.trigger("bad channel", "e", {})).rejects.toBeInstanceOf(
      InvalidChannelError,
    );
    await expect(realtime.trigger(["ok", "x".repeat(201)], "e", {})).rejects.toBeInstanceOf(
      InvalidChannelError,
    );
    await expect(
      realtime.trigger("ok", "e", {}, { excludeSocketId: "nope" }),
    ).rejects.toBeInstanceOf(InvalidChannelError);
    await expect(realtime.trigger("ok", "x".repeat(201), {})).rejects.toThrow(/Event name/);
  });

  it("reports an unreachable server as a RealtimeDeliveryError", async () => {
    await expect(realtime.trigger("ok", "e", {})).rejects.toBeInstanceOf(RealtimeDeliveryError);
  });
});

describe("PusherRealtime.clientConfig", () => {
  it("points the browser at a self-hosted server", () => {
    const config = new PusherRealtime(localConfig).clientConfig();
    expect(config).toEqual({
      key: "key",
      cluster: "mt1",
      wsHost: "127.0.0.1",
      wsPort: 6001,
      wssPort: 6001,
      forceTLS: false,
      enabledTransports: ["ws", "wss"],
      authEndpoint: "/api/v1/realtime/auth/",
    });
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
  });

  it("leaves host and port to pusher-js for Pusher cloud", () => {
    const config = new PusherRealtime({
      mode: "pusher",
      appId: "1",
      key: "cloud-key",
      secret: "s",
      cluster: "eu",
      useTLS: true,
      client: { forceTLS: true },
    }).clientConfig();
    expect(config).toEqual({
      key: "cloud-key",
      cluster: "eu",
      forceTLS: true,
      enabledTransports: ["ws", "wss"],
      authEndpoint: "/api/v1/realtime/auth/",
    });
  });
});
