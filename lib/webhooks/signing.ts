// Secrets and signatures per Standard Webhooks, through the maintained `standardwebhooks` package:
// `whsec_` + base64 secrets; `webhook-signature` is `v1,<base64 HMAC-SHA256 of id.timestamp.body>`,
// space-separated when a rotation leaves two secrets signing.
import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";

export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

/** The last characters of a secret, so staff can tell which one a receiver holds. */
export const secretHint = (secret: string) => `whsec_…${secret.slice(-4)}`;

export type SignedHeaders = {
  "webhook-id": string;
  "webhook-timestamp": string;
  "webhook-signature": string;
};

export function signedHeaders(
  secrets: string[],
  messageId: string,
  at: Date,
  body: string,
): SignedHeaders {
  const signatures = secrets.map((secret) => new Webhook(secret).sign(messageId, at, body));
  return {
    "webhook-id": messageId,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": signatures.join(" "),
  };
}

/** The secrets that sign now: the current one, and the previous one while its 24 hours last. */
export function signingSecrets(
  endpoint: { secret: string; previousSecret: string | null; previousSecretExpiresAt: Date | null },
  now: Date,
): string[] {
  const previousLive =
    endpoint.previousSecret &&
    endpoint.previousSecretExpiresAt &&
    endpoint.previousSecretExpiresAt.getTime() > now.getTime();
  return previousLive ? [endpoint.secret, endpoint.previousSecret!] : [endpoint.secret];
}
