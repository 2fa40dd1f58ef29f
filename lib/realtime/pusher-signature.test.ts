import Pusher from "pusher";
import { describe, expect, it } from "vitest";
import {
  MAX_TIMESTAMP_SKEW_SECONDS,
  canonicalQuery,
  hmacSha256Hex,
  md5Hex,
  parseQuery,
  requestStringToSign,
  safeEqual,
  signChannelAuth,
  signRequestQuery,
  verifyChannelAuth,
  verifySignedRequest,
  verifyWebhookSignature,
} from "./pusher-signature";

// The worked examples of https://pusher.com/docs/channels/library_auth_reference/auth-signatures/
const docsApp = { key: "278d425bdf160c739803", secret: "7ad3773142a6692b25b8" };
const app = { key: "test-key", secret: "test-secret-0123456789" };

describe("channel authorization signatures", () => {
  it("matches Pusher's documented private-channel example", () => {
    expect(signChannelAuth(docsApp, "1234.1234", "private-foobar")).toBe(
      "278d425bdf160c739803:58df8b0c36d6982b82c3ecf6b4662e34fe8c25bba48f5369f135bf843651c3a4",
    );
  });

  it("accepts what the official pusher library signs, including presence channel_data", () => {
    const pusher = new Pusher({ appId: "1", ...app, cluster: "mt1" });
    const signed = pusher.authorizeChannel("12.34", "presence-room", {
      user_id: "u1",
      user_info: { name: "Ann" },
    });
    expect(signed.channel_data).toBeDefined();
    expect(
      verifyChannelAuth(app, {
        socketId: "12.34",
        channel: "presence-room",
        auth: signed.auth,
        channelData: signed.channel_data,
      }),
    ).toBe(true);
  });

  it("rejects a signature replayed for another socket, channel, channel_data or secret", () => {
    const auth = signChannelAuth(app, "1.2", "presence-a", '{"user_id":"u1"}');
    const check = (input: Partial<Parameters<typeof verifyChannelAuth>[1]>, secret = app.secret) =>
      verifyChannelAuth(
        { key: app.key, secret },
        { socketId: "1.2", channel: "presence-a", auth, channelData: '{"user_id":"u1"}', ...input },
      );
    expect(check({})).toBe(true);
    expect(check({ socketId: "1.3" })).toBe(false);
    expect(check({ channel: "presence-b" })).toBe(false);
    expect(check({ channelData: '{"user_id":"admin"}' })).toBe(false);
    expect(check({}, "another-secret")).toBe(false);
    expect(check({ auth: auth.replace(app.key, "other-key") })).toBe(false);
    expect(check({ auth: undefined })).toBe(false);
    expect(check({ auth: 42 })).toBe(false);
  });
});

describe("HTTP API request signatures", () => {
  const body = '{"name":"foo","channels":["project-3"],"data":"{\\"some\\":\\"data\\"}"}';

  it("matches Pusher's documented events example", () => {
    expect(md5Hex(body)).toBe("ec365a775a4cd0599faeb73354201b6f");
    const params = {
      auth_key: docsApp.key,
      auth_timestamp: "1353088179",
      auth_version: "1.0",
      body_md5: md5Hex(body),
    };
    expect(
      hmacSha256Hex(docsApp.secret, requestStringToSign("POST", "/apps/3/events", params)),
    ).toBe("da454824c97ba181a32ccc17a72625ba02771f50b50e1e7430e47a1f3f457e6c");
  });

  it("canonicalises the query: sorted keys, lowercased, auth_signature left out, values decoded", () => {
    const params = parseQuery("?b=2&Auth_Key=k&auth_signature=xyz&a=%2C1&info=user_count,x");
    expect(params).toBeDefined();
    expect(canonicalQuery(params!)).toBe("a=,1&auth_key=k&b=2&info=user_count,x");
    expect(parseQuery("a=%E0%A4%A")).toBeUndefined();
  });

  it("accepts a request signed by the official pusher library", () => {
    const pusher = new Pusher({ appId: "7", ...app, cluster: "mt1" });
    const rawQuery = pusher.createSignedQueryString({
      method: "POST",
      path: "/apps/7/events",
      body,
    });
    expect(
      verifySignedRequest({ app, method: "POST", path: "/apps/7/events", rawQuery, body }),
    ).toEqual({
      ok: true,
    });
  });

  describe("rejections", () => {
    const now = 1_700_000_000;
    const path = "/apps/7/events";
    const signed = signRequestQuery({ app, method: "POST", path, body, timestampSeconds: now });
    const verify = (overrides: Partial<Parameters<typeof verifySignedRequest>[0]>) =>
      verifySignedRequest({
        app,
        method: "POST",
        path,
        rawQuery: signed,
        body,
        nowSeconds: now,
        ...overrides,
      });

    it("accepts the untampered request (control)", () => {
      expect(verify({})).toEqual({ ok: true });
    });

    it("rejects a body that no longer matches body_md5", () => {
      expect(verify({ body: body.replace("foo", "bar") })).toEqual({
        ok: false,
        reason: "body_md5 does not match the body",
      });
    });

    it("rejects a body_md5 rewritten to match a tampered body", () => {
      const tampered = body.replace("foo", "bar");
      const rawQuery = signed.replace(md5Hex(body), md5Hex(tampered));
      expect(verify({ body: tampered, rawQuery })).toEqual({
        ok: false,
        reason: "Invalid signature",
      });
    });

    it("requires body_md5 when there is a body", () => {
      const unsignedBody = signRequestQuery({ app, method: "POST", path, timestampSeconds: now });
      expect(verify({ rawQuery: unsignedBody })).toEqual({ ok: false, reason: "Missing body_md5" });
    });

    it(`rejects a timestamp more than ${MAX_TIMESTAMP_SKEW_SECONDS} s off, either way`, () => {
      expect(verify({ nowSeconds: now + MAX_TIMESTAMP_SKEW_SECONDS })).toEqual({ ok: true });
      expect(verify({ nowSeconds: now - MAX_TIMESTAMP_SKEW_SECONDS })).toEqual({ ok: true });
      expect(verify({ nowSeconds: now + MAX_TIMESTAMP_SKEW_SECONDS + 1 }).ok).toBe(false);
      expect(verify({ nowSeconds: now - MAX_TIMESTAMP_SKEW_SECONDS - 1 }).ok).toBe(false);
    });

    it("rejects another path, method, key, secret, version or missing parameters", () => {
      expect(verify({ path: "/apps/7/batch_events" })).toMatchObject({
        ok: false,
        reason: "Invalid signature",
      });
      expect(verify({ method: "PUT" })).toMatchObject({ ok: false, reason: "Invalid signature" });
      expect(verify({ app: { ...app, secret: "other" } })).toMatchObject({
        ok: false,
        reason: "Invalid signature",
      });
      expect(verify({ app: { ...app, key: "other" } })).toMatchObject({
        ok: false,
        reason: "Unknown auth_key",
      });
      expect(verify({ rawQuery: signed.replace("auth_version=1.0", "auth_version=2.0") }).ok).toBe(
        false,
      );
      expect(verify({ rawQuery: signed.replace(/&auth_signature=.*/, "") })).toMatchObject({
        ok: false,
        reason: "Missing authentication parameters",
      });
      expect(verify({ rawQuery: `${signed}&extra=1` })).toMatchObject({
        ok: false,
        reason: "Invalid signature",
      });
    });
  });
});

describe("webhook signatures", () => {
  const body = JSON.stringify({
    time_ms: 1_700_000_000_000,
    events: [
      { name: "client_event", channel: "private-user-1", event: "client-action", data: "é" },
    ],
  });
  const signature = hmacSha256Hex(app.secret, body);

  it("agree with the official pusher library, both ways", () => {
    const pusher = new Pusher({ appId: "7", ...app, cluster: "mt1" });
    const headers = { "x-pusher-key": app.key, "content-type": "application/json" };
    // Ours signs, the library checks…
    expect(
      pusher
        .webhook({ headers: { ...headers, "x-pusher-signature": signature }, rawBody: body })
        .isValid(),
    ).toBe(true);
    // …and a forgery the library refuses, we refuse too.
    const forged = hmacSha256Hex("another-secret", body);
    expect(
      pusher
        .webhook({ headers: { ...headers, "x-pusher-signature": forged }, rawBody: body })
        .isValid(),
    ).toBe(false);
    expect(verifyWebhookSignature(app.secret, body, forged)).toBe(false);
  });

  it("accepts the body as received, whether text or bytes", () => {
    expect(verifyWebhookSignature(app.secret, body, signature)).toBe(true);
    expect(verifyWebhookSignature(app.secret, new TextEncoder().encode(body), signature)).toBe(
      true,
    );
  });

  it("rejects a changed body, another secret and missing or malformed signatures", () => {
    expect(verifyWebhookSignature(app.secret, body.replace("action", "actiom"), signature)).toBe(
      false,
    );
    expect(verifyWebhookSignature(app.secret, `${body} `, signature)).toBe(false);
    expect(verifyWebhookSignature("another-secret", body, signature)).toBe(false);
    expect(verifyWebhookSignature(app.secret, body, signature.toUpperCase())).toBe(false);
    expect(verifyWebhookSignature(app.secret, body, signature.slice(0, -1))).toBe(false);
    expect(verifyWebhookSignature(app.secret, body, "")).toBe(false);
    expect(verifyWebhookSignature(app.secret, body, null)).toBe(false);
    expect(verifyWebhookSignature(app.secret, body, undefined)).toBe(false);
  });
});

describe("safeEqual", () => {
  it("compares contents and lengths", () => {
    expect(safeEqual("abc", "abc")).toBe(true);
    expect(safeEqual("abc", "abd")).toBe(false);
    expect(safeEqual("abc", "abcd")).toBe(false);
    expect(safeEqual("", "")).toBe(true);
  });
});
