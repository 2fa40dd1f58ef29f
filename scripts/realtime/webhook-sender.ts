// The local server's webhooks, as Pusher sends them when an app has a webhook URL: events queue up
// and go out as `POST {time_ms, events}` with `X-Pusher-Key` and `X-Pusher-Signature` (hex
// HMAC-SHA256 of the body with the app's secret). Best effort, like Pusher's: a failed request is
// retried a couple of times with a short backoff (network errors, 5xx, 429), then dropped with a
// warning. The queue is bounded and only a few requests are in flight, so a chatty client can
// neither exhaust memory nor flood the app; events waiting together share one request.
import { setTimeout as sleep } from "node:timers/promises";
import { logger } from "@/lib/logger";
import { hmacSha256Hex } from "@/lib/realtime/pusher-signature";
import type { ClientEventWebhook } from "@/lib/realtime/webhook";

export type WebhookSenderOptions = {
  url: string;
  app: { key: string; secret: string };
  /** Requests in flight at once. */
  concurrency?: number;
  /** Events waiting beyond this are dropped (and counted in a warning). */
  maxQueued?: number;
  /** Pause before each retry; its length is the number of retries. */
  retryDelaysMs?: number[];
  timeoutMs?: number;
};

// Pusher batches events in one webhook too. The byte bound keeps a body well below the app's
// MAX_BODY_BYTES (one event alone, from a frame of at most 64 KB, always fits).
const MAX_EVENTS_PER_REQUEST = 50;
const MAX_BYTES_PER_REQUEST = 256 * 1024;

export class WebhookSender {
  private readonly queue: ClientEventWebhook[] = [];
  private readonly stopped = new AbortController();
  private inFlight = 0;
  private readonly concurrency: number;
  private readonly maxQueued: number;
  private readonly retryDelaysMs: number[];
  private readonly timeoutMs: number;

  constructor(private readonly options: WebhookSenderOptions) {
    this.concurrency = options.concurrency ?? 4;
    this.maxQueued = options.maxQueued ?? 1_000;
    this.retryDelaysMs = options.retryDelaysMs ?? [250, 1_000];
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  /** Queues one event; false when it was dropped (queue full, or the sender is closed). */
  send(event: ClientEventWebhook): boolean {
    if (this.stopped.signal.aborted) return false;
    if (this.queue.length >= this.maxQueued) {
      logger.warn(`realtime: webhook queue full (${this.maxQueued}); dropped ${event.event}`);
      return false;
    }
    this.queue.push(event);
    this.drain();
    return true;
  }

  /** Drops what is queued and abandons what is in flight. */
  close(): void {
    this.queue.length = 0;
    this.stopped.abort();
  }

  private drain(): void {
    while (this.inFlight < this.concurrency && this.queue.length > 0) {
      const events = this.queue.splice(0, batchSize(this.queue));
      this.inFlight += 1;
      void this.deliver(events).finally(() => {
        this.inFlight -= 1;
        this.drain();
      });
    }
  }

  private async deliver(events: ClientEventWebhook[]): Promise<void> {
    const body = JSON.stringify({ time_ms: Date.now(), events });
    const headers = {
      "content-type": "application/json",
      "x-pusher-key": this.options.app.key,
      "x-pusher-signature": hmacSha256Hex(this.options.app.secret, body),
    };
    let problem = "";
    for (let attempt = 0; attempt <= this.retryDelaysMs.length; attempt += 1) {
      if (attempt > 0) {
        try {
          await sleep(this.retryDelaysMs[attempt - 1], undefined, { signal: this.stopped.signal });
        } catch {
          return; // Closed while waiting.
        }
      }
      if (this.stopped.signal.aborted) return;
      try {
        const response = await fetch(this.options.url, {
          method: "POST",
          headers,
          body,
          signal: AbortSignal.any([this.stopped.signal, AbortSignal.timeout(this.timeoutMs)]),
        });
        await response.body?.cancel();
        if (response.ok) return;
        problem = `HTTP ${response.status}`;
        // Another 4xx would be refused again: a wrong URL, key or secret.
        if (response.status < 500 && response.status !== 429) break;
      } catch (error) {
        if (this.stopped.signal.aborted) return;
        const cause = (error as Error).cause;
        problem = cause instanceof Error ? cause.message : (error as Error).message;
      }
    }
    logger.warn(
      `realtime: webhook to ${this.options.url} failed (${problem}); dropped ${events.length} event(s)`,
    );
  }
}

/** How many of the first queued events go in one request: at least one. */
function batchSize(queue: ClientEventWebhook[]): number {
  let bytes = 0;
  let count = 0;
  for (const event of queue) {
    bytes += Buffer.byteLength(JSON.stringify(event));
    if (count > 0 && (count === MAX_EVENTS_PER_REQUEST || bytes > MAX_BYTES_PER_REQUEST)) {
      break;
    }
    count += 1;
  }
  return count;
}
