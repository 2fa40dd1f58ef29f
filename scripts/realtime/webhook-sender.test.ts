// The local server's webhook sender against a small HTTP server that records what arrives: signed
// as Pusher signs, batched while requests are in flight, bounded, retried on 5xx only.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { verifyWebhookSignature } from "@/lib/realtime/pusher-signature";
import type { ClientEventWebhook } from "@/lib/realtime/webhook";
import { WebhookSender, type WebhookSenderOptions } from "./webhook-sender";

const app = { key: "hook-key", secret: "hook-secret-0123456789" };
type Received = { headers: IncomingMessage["headers"]; body: string; respond: (s: number) => void };

let server: Server | undefined;
let sender: WebhookSender | undefined;
afterEach(async () => {
  sender?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = sender = undefined;
});

/** A webhook endpoint whose answers the test gives; `next()` waits for the next request. */
async function endpoint(options: Partial<WebhookSenderOptions> = {}) {
  const arrived: Received[] = [];
  const waiters: ((request: Received) => void)[] = [];
  server = createServer((req, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request = {
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        respond: (status: number) => res.writeHead(status).end(),
      };
      const waiter = waiters.shift();
      if (waiter) waiter(request);
      else arrived.push(request);
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook/`;
  sender = new WebhookSender({ url, app, retryDelaysMs: [10], ...options });
  const next = () =>
    arrived.length > 0
      ? Promise.resolve(arrived.shift()!)
      : new Promise<Received>((resolve) => waiters.push(resolve));
  return { sender, next, arrived };
}

const event = (n: number): ClientEventWebhook => ({
  name: "client_event",
  channel: "private-user-1",
  event: "client-action",
  data: JSON.stringify({ n }),
  socket_id: "1.2",
});
const events = (request: Received) =>
  (JSON.parse(request.body) as { events: ClientEventWebhook[] }).events;

describe("WebhookSender", () => {
  it("signs each body as Pusher does", async () => {
    const hook = await endpoint();
    hook.sender.send(event(1));
    const request = await hook.next();
    request.respond(200);
    expect(request.headers["content-type"]).toBe("application/json");
    expect(request.headers["x-pusher-key"]).toBe(app.key);
    const signature = String(request.headers["x-pusher-signature"]);
    expect(verifyWebhookSignature(app.secret, request.body, signature)).toBe(true);
    expect(JSON.parse(request.body)).toEqual({ time_ms: expect.any(Number), events: [event(1)] });
  });

  it("keeps to its concurrency, batches what waits, and drops beyond the queue bound", async () => {
    const hook = await endpoint({ concurrency: 1, maxQueued: 2 });
    expect(hook.sender.send(event(1))).toBe(true);
    const first = await hook.next();
    expect(hook.sender.send(event(2))).toBe(true);
    expect(hook.sender.send(event(3))).toBe(true);
    expect(hook.sender.send(event(4))).toBe(false); // Two already wait.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(hook.arrived).toHaveLength(0); // Nothing else while the first is in flight.
    first.respond(200);
    const second = await hook.next();
    second.respond(200);
    expect(events(first)).toEqual([event(1)]);
    expect(events(second)).toEqual([event(2), event(3)]);
  });

  it("retries a 5xx with the same body, but not a 4xx", async () => {
    const hook = await endpoint({ retryDelaysMs: [10, 10] });
    hook.sender.send(event(1));
    const failed = await hook.next();
    failed.respond(503);
    const retried = await hook.next();
    retried.respond(200);
    expect(retried.body).toBe(failed.body);

    hook.sender.send(event(2));
    (await hook.next()).respond(401);
    hook.sender.send(event(3));
    const after = await hook.next();
    after.respond(200);
    // The 401'd batch was not sent again: the next request is the next event.
    expect(events(after)).toEqual([event(3)]);
  });
});
