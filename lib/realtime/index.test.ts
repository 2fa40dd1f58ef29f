import { afterEach, describe, expect, it, vi } from "vitest";

// lib/env reads process.env once at import, so each case re-imports the modules.
async function load(vars: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  return import("./index");
}

const pusherVars = ["PUSHER_APP_ID", "PUSHER_KEY", "PUSHER_SECRET", "PUSHER_HOST", "PUSHER_PORT"];
const unset = Object.fromEntries(
  [...pusherVars, "REALTIME_PORT", "REALTIME_PUBLIC_HOST", "PUSHER_USE_TLS"].map((name) => [
    name,
    undefined,
  ]),
);

afterEach(() => {
  vi.unstubAllEnvs();
  delete (globalThis as Record<symbol, unknown>)[Symbol.for("competition-platform.realtime")];
});

describe("realtimeConfigFromEnv", () => {
  it("defaults to the local server on 127.0.0.1:6001 with a stable derived secret", async () => {
    const { realtimeConfigFromEnv, localRealtimeApp } = await load(unset);
    const config = realtimeConfigFromEnv();
    expect(config).toMatchObject({
      mode: "local",
      appId: "local",
      key: "local-key",
      apiHost: "127.0.0.1",
      apiPort: 6001,
      useTLS: false,
      client: { wsHost: "127.0.0.1", wsPort: 6001, forceTLS: false },
    });
    expect(config.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(localRealtimeApp()).toEqual({ id: "local", key: "local-key", secret: config.secret });
    const again = await load(unset);
    expect(again.localRealtimeApp().secret).toBe(config.secret);
  });

  it("follows REALTIME_PORT and REALTIME_PUBLIC_HOST", async () => {
    const { realtimeConfigFromEnv } = await load({
      ...unset,
      REALTIME_PORT: "7001",
      REALTIME_PUBLIC_HOST: "rt.test:7443",
    });
    expect(realtimeConfigFromEnv()).toMatchObject({
      apiPort: 7001,
      client: { wsHost: "rt.test", wsPort: 7443, forceTLS: false },
    });
    const tls = await load({ ...unset, REALTIME_PUBLIC_HOST: "wss://rt.example.com" });
    expect(tls.realtimeConfigFromEnv().client).toEqual({
      wsHost: "rt.example.com",
      wsPort: 443,
      forceTLS: true,
    });
    const bare = await load({ ...unset, REALTIME_PUBLIC_HOST: "192.168.1.5" });
    expect(bare.realtimeConfigFromEnv().client).toEqual({
      wsHost: "192.168.1.5",
      wsPort: 6001,
      forceTLS: false,
    });
  });

  it("uses Pusher cloud when all three credentials are set", async () => {
    const { realtimeConfigFromEnv, getRealtime } = await load({
      ...unset,
      PUSHER_APP_ID: "123",
      PUSHER_KEY: "cloud-key",
      PUSHER_SECRET: "cloud-secret",
      PUSHER_CLUSTER: "eu",
    });
    const config = realtimeConfigFromEnv();
    expect(config).toMatchObject({
      mode: "pusher",
      appId: "123",
      key: "cloud-key",
      cluster: "eu",
      useTLS: true,
    });
    expect(config.apiHost).toBeUndefined();
    expect(getRealtime().clientConfig()).not.toHaveProperty("wsHost");
  });

  it("treats PUSHER_HOST as a self-hosted Pusher-protocol server with its credentials", async () => {
    const { realtimeConfigFromEnv } = await load({
      ...unset,
      PUSHER_APP_ID: "app",
      PUSHER_KEY: "k",
      PUSHER_SECRET: "s",
      PUSHER_HOST: "soketi.internal",
      PUSHER_PORT: "6002",
      PUSHER_USE_TLS: "false",
    });
    expect(realtimeConfigFromEnv()).toMatchObject({
      mode: "local",
      appId: "app",
      key: "k",
      secret: "s",
      apiHost: "soketi.internal",
      apiPort: 6002,
      client: { wsHost: "soketi.internal", wsPort: 6002, forceTLS: false },
    });
  });
});

describe("getRealtime", () => {
  it("creates the port once per process", async () => {
    const { getRealtime } = await load(unset);
    const first = getRealtime();
    expect(getRealtime()).toBe(first);
    const reloaded = await load(unset);
    expect(reloaded.getRealtime()).toBe(first);
  });
});
