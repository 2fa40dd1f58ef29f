// The events an endpoint can subscribe to, and the envelope every delivery carries
// ({type, timestamp, data}, as the Standard Webhooks guide recommends).
export const webhookEventTypes = [
  "attempt.submitted",
  "score.recorded",
  "leaderboard.published",
  "candidate.registered",
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number] | "webhook.test";

export type WebhookEnvelope = {
  type: WebhookEventType;
  timestamp: string;
  data: Record<string, unknown>;
};

export function envelopeBody(type: WebhookEventType, at: Date, data: Record<string, unknown>) {
  return JSON.stringify({ type, timestamp: at.toISOString(), data } satisfies WebhookEnvelope);
}
