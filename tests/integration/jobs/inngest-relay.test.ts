// With Inngest configured, outbox events go to Inngest's event API (faked here by a local HTTP
// server standing in for Inngest's cloud), each with its outbox id so Inngest can drop duplicates.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Inngest } from "inngest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventOutbox } from "@/db/schema";
import { systemClock } from "@/lib/context";
import { relayOutboxToInngest } from "@/lib/jobs/inngest-relay";
import { publishEvent } from "@/lib/jobs/publish-event";
import { createTestDatabase, type TestDatabase } from "../support/database";

let database: TestDatabase;
let server: http.Server;
let baseUrl: string;
let failing = false;
const received: { path: string; events: { id: string; name: string; data: unknown }[] }[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      if (failing) {
        response.writeHead(500).end("{}");
        return;
      }
      const events = JSON.parse(body);
      received.push({ path: request.url ?? "", events });
      response.writeHead(200, { "content-type": "application/json" });
      response.end(
        JSON.stringify({ ids: events.map((event: { id: string }) => event.id), status: 200 }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await database.close();
});

describe("relayOutboxToInngest", () => {
  it("sends pending events with their outbox ids and marks them dispatched; a second pass sends nothing", async () => {
    const client = new Inngest({
      id: "relay-test",
      eventKey: "test-event-key",
      baseUrl,
      isDev: false,
    });
    const id = await publishEvent(database.db, {
      name: "email/message.queued",
      data: { emailId: "0b6f3c1e-5a8d-4f0e-9c2b-7d1e4a6b8c90" },
    });

    expect(
      await relayOutboxToInngest({ db: database.db, clock: systemClock, sender: client }),
    ).toBe(1);
    expect(received).toHaveLength(1);
    expect(received[0]!.path).toBe("/e/test-event-key");
    expect(received[0]!.events).toEqual([
      expect.objectContaining({
        id,
        name: "email/message.queued",
        data: { emailId: "0b6f3c1e-5a8d-4f0e-9c2b-7d1e4a6b8c90" },
      }),
    ]);
    const [row] = await database.db.select().from(eventOutbox);
    expect(row!.dispatchedAt).toBeInstanceOf(Date);

    expect(
      await relayOutboxToInngest({ db: database.db, clock: systemClock, sender: client }),
    ).toBe(0);
    expect(received).toHaveLength(1);
  });

  it("keeps events pending when Inngest is unavailable, and sends them on the next pass", async () => {
    const client = new Inngest({
      id: "relay-test",
      eventKey: "test-event-key",
      baseUrl,
      isDev: false,
    });
    await publishEvent(database.db, {
      name: "email/message.queued",
      data: { emailId: "5e0c9a3b-2f1d-4c8e-a7b6-3d9f0e1c2a4b" },
    });
    failing = true; // the client's own retries all fail too
    const before = received.length;
    expect(
      await relayOutboxToInngest({ db: database.db, clock: systemClock, sender: client }),
    ).toBe(0);
    expect(received).toHaveLength(before);
    failing = false;
    expect(
      await relayOutboxToInngest({ db: database.db, clock: systemClock, sender: client }),
    ).toBe(1);
    expect(received).toHaveLength(before + 1);
  });
});
