// @vitest-environment happy-dom
// useRealtime against the real thing: the local Pusher-protocol server, pusher-js, channel auth
// signed by our adapter behind a small HTTP endpoint, and a real TanStack QueryClient whose
// queries the events invalidate.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderHook, waitFor } from "@testing-library/react";
import { createElement, type ReactNode } from "react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { userRealtimeChannel } from "@/lib/realtime/channels";
import { PusherRealtime } from "@/lib/realtime/pusher-adapter";
import type { RealtimeClientConfig } from "@/lib/realtime/realtime-port";
import { startLocalRealtimeServer, type LocalRealtimeServer } from "@/scripts/realtime/server";
import { useRealtime } from "./use-realtime";

const app = { id: "hook-app", key: "hook-key", secret: "hook-secret" };
const userId = "0b6f1c1e-5b7a-4d0e-9c1f-2a3b4c5d6e7f";

let realtimeServer: LocalRealtimeServer;
let authServer: Server;
let realtime: PusherRealtime;
let config: RealtimeClientConfig;

beforeAll(async () => {
  realtimeServer = await startLocalRealtimeServer({ port: 0, apps: [app] });
  realtime = new PusherRealtime({
    mode: "local",
    appId: app.id,
    key: app.key,
    secret: app.secret,
    cluster: "mt1",
    apiHost: "127.0.0.1",
    apiPort: realtimeServer.port,
    useTLS: false,
    client: { wsHost: "127.0.0.1", wsPort: realtimeServer.port, forceTLS: false },
  });
  // Stands in for POST /api/v1/realtime/auth/ (tested on its own): signs what it is asked.
  authServer = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      const form = new URLSearchParams(body);
      const signed = realtime.authorizeChannel(form.get("socket_id")!, form.get("channel_name")!);
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(signed));
    });
  });
  await new Promise<void>((resolve) => authServer.listen(0, "127.0.0.1", resolve));
  config = {
    ...realtime.clientConfig(),
    enabledTransports: ["ws"],
    authEndpoint: `http://127.0.0.1:${(authServer.address() as AddressInfo).port}/auth`,
  };
});

afterAll(async () => {
  await new Promise((resolve) => authServer?.close(resolve));
  await realtimeServer?.close();
});

function setup(overrides: { config?: RealtimeClientConfig | null } = {}) {
  const queryClient = new QueryClient();
  for (const key of [["result", 7], ["result", 8], ["resync"]]) queryClient.setQueryData(key, 1);
  const wrapper = ({ children }: { children: ReactNode }) =>
    createElement(QueryClientProvider, { client: queryClient }, children);
  const hook = renderHook(
    () =>
      useRealtime({
        config: overrides.config === undefined ? config : overrides.config,
        channel: userRealtimeChannel(userId),
        invalidate: { score_recorded: (event) => [["result", event.examId]] },
        resync: [["resync"]],
      }),
    { wrapper },
  );
  const invalidated = (key: unknown[]) => queryClient.getQueryState(key)?.isInvalidated ?? false;
  return { hook, invalidated };
}

describe("useRealtime", () => {
  it("subscribes, resyncs, and invalidates the keys an event names", async () => {
    const { hook, invalidated } = setup();
    expect(hook.result.current).toBe("connecting");
    await waitFor(() => expect(hook.result.current).toBe("connected"), { timeout: 10_000 });
    expect(invalidated(["resync"])).toBe(true);
    expect(invalidated(["result", 7])).toBe(false);

    const channel = userRealtimeChannel(userId);
    // Not what the schema promises (no attemptId, no source): ignored, so exam 8 stays valid.
    // Frames on one socket arrive in order, so once exam 7's event is in, this one was handled.
    await realtime.trigger(channel.name, "score_recorded", { examId: 8 });
    await realtime.publish(channel, "score_recorded", {
      examId: 7,
      attemptId: null,
      source: "manual",
    });
    await waitFor(() => expect(invalidated(["result", 7])).toBe(true), { timeout: 10_000 });
    expect(invalidated(["result", 8])).toBe(false);
    hook.unmount();
  });

  it("shares one subscription between callers, kept until the last one leaves", async () => {
    const first = setup();
    await waitFor(() => expect(first.hook.result.current).toBe("connected"), { timeout: 10_000 });
    const second = setup();
    // Already subscribed by the first: connected (and resynced) at once.
    await waitFor(() => expect(second.hook.result.current).toBe("connected"));
    expect(second.invalidated(["resync"])).toBe(true);
    first.hook.unmount();

    await realtime.publish(userRealtimeChannel(userId), "score_recorded", {
      examId: 8,
      attemptId: null,
      source: "auto",
    });
    await waitFor(() => expect(second.invalidated(["result", 8])).toBe(true), {
      timeout: 10_000,
    });
    expect(first.invalidated(["result", 8])).toBe(false);
    second.hook.unmount();
  });

  it("is off without a configuration", () => {
    const { hook } = setup({ config: null });
    expect(hook.result.current).toBe("off");
    hook.unmount();
  });
});
