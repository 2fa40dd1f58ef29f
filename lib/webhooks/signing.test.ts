import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { generateWebhookSecret, signedHeaders, signingSecrets } from "./signing";

describe("webhook signing", () => {
  it("produces headers the standardwebhooks package verifies, by hand-checkable HMAC", async () => {
    const secret = generateWebhookSecret();
    const now = new Date();
    const body = JSON.stringify({ type: "webhook.test", data: {} });
    const headers = signedHeaders([secret], "msg_1", now, body);
    expect(headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    // The scheme by hand: base64 HMAC-SHA256 over "id.timestamp.body" with the decoded secret.
    const { createHmac } = await import("node:crypto");
    const expected = createHmac("sha256", Buffer.from(secret.slice(6), "base64"))
      .update(`msg_1.${headers["webhook-timestamp"]}.${body}`)
      .digest("base64");
    expect(headers["webhook-signature"]).toBe(`v1,${expected}`);
  });

  it("signs with the previous secret too while it has not expired", () => {
    const now = new Date("2026-12-05T10:00:00Z");
    const endpoint = {
      secret: "whsec_bmV3",
      previousSecret: "whsec_b2xk",
      previousSecretExpiresAt: new Date(now.getTime() + 1),
    };
    expect(signingSecrets(endpoint, now)).toEqual(["whsec_bmV3", "whsec_b2xk"]);
    expect(signingSecrets(endpoint, new Date(now.getTime() + 1))).toEqual(["whsec_bmV3"]);
    expect(signingSecrets({ ...endpoint, previousSecret: null }, now)).toEqual(["whsec_bmV3"]);
  });
});
