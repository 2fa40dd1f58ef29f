import { describe, expect, it } from "vitest";
import type { RealtimeConfig } from "@/lib/realtime";
import { createNonce, docsPolicy, pagePolicy } from "./content-security-policy";
import { realtimeConnectSources } from "./page-policy-sources";

/** The policy as directive → values, to assert on one directive at a time. */
function parse(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

const none = { connect: [], storage: [] };

describe("pagePolicy", () => {
  it("runs scripts only with the nonce and keeps the page out of frames, plugins and <base>", () => {
    const policy = parse(pagePolicy({ nonce: "abc123==", development: false, sources: none }));
    expect(policy["script-src"]).toEqual(["'nonce-abc123=='", "'strict-dynamic'"]);
    expect(policy["object-src"]).toEqual(["'none'"]);
    expect(policy["base-uri"]).toEqual(["'none'"]);
    expect(policy["frame-ancestors"]).toEqual(["'none'"]);
    expect(policy["form-action"]).toEqual(["'self'"]);
    expect(policy["default-src"]).toEqual(["'self'"]);
    expect(policy["img-src"]).toEqual(["'self'", "data:", "blob:"]);
    expect(policy["connect-src"]).toEqual(["'self'"]);
  });

  it("allows eval only in development, for React's error overlay", () => {
    const policy = parse(pagePolicy({ nonce: "n", development: true, sources: none }));
    expect(policy["script-src"]).toContain("'unsafe-eval'");
  });

  it("adds the realtime server to connect-src and the file host to img-src and frame-src", () => {
    const policy = parse(
      pagePolicy({
        nonce: "n",
        development: false,
        sources: { connect: ["ws://127.0.0.1:6001"], storage: ["https://*.ufs.sh"] },
      }),
    );
    expect(policy["connect-src"]).toEqual(["'self'", "ws://127.0.0.1:6001"]);
    expect(policy["img-src"]).toContain("https://*.ufs.sh");
    expect(policy["frame-src"]).toEqual(["'self'", "https://*.ufs.sh"]);
  });
});

describe("docsPolicy", () => {
  it("runs only nonced scripts, allows ReDoc's blob: worker, and cannot be framed", () => {
    const policy = parse(docsPolicy("xyz", "https://exams.example.com"));
    expect(policy["script-src"]).toEqual(["'nonce-xyz'"]);
    expect(policy["worker-src"]).toEqual(["'self'", "blob:"]);
    expect(policy["connect-src"]).toEqual(["'self'", "https://exams.example.com"]);
    expect(policy["frame-ancestors"]).toEqual(["'none'"]);
    expect(policy["object-src"]).toEqual(["'none'"]);
    expect(policy["base-uri"]).toEqual(["'none'"]);
  });
});

describe("createNonce", () => {
  it("is 128 random bits in base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("realtimeConnectSources", () => {
  const base = { appId: "1", key: "k", secret: "s", cluster: "eu" } as const;

  it("is the local server's websocket, as browsers are told to reach it", () => {
    const local: RealtimeConfig = {
      ...base,
      mode: "local",
      apiHost: "127.0.0.1",
      apiPort: 6001,
      useTLS: false,
      client: { wsHost: "127.0.0.1", wsPort: 6001, forceTLS: false },
    };
    expect(realtimeConnectSources(local)).toEqual(["ws://127.0.0.1:6001"]);
    const published = {
      ...local,
      client: { wsHost: "rt.example.com", wsPort: 443, forceTLS: true },
    };
    expect(realtimeConnectSources(published)).toEqual(["wss://rt.example.com:443"]);
  });

  it("is Pusher's websocket host for the cluster when Pusher cloud is configured", () => {
    const pusher: RealtimeConfig = {
      ...base,
      mode: "pusher",
      useTLS: true,
      client: { forceTLS: true },
    };
    expect(realtimeConnectSources(pusher)).toEqual(["wss://ws-eu.pusher.com"]);
  });
});
