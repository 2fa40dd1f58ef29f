import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { freePort, isPortFree, realtimePortFor } from "./ports.mjs";

const held: net.Server[] = [];
function hold(port = 0): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    held.push(server);
    server.listen({ port, host: "127.0.0.1" }, () =>
      resolve((server.address() as net.AddressInfo).port),
    );
  });
}
afterEach(async () => {
  await Promise.all(held.splice(0).map((server) => new Promise((done) => server.close(done))));
});

describe("ports", () => {
  it("sees a port that another process holds as taken", async () => {
    const port = await hold();
    expect(await isPortFree(port)).toBe(false);
  });

  it("keeps the preferred port when it is free, and picks another when it is taken", async () => {
    const port = await hold();
    await new Promise((done) => held.pop()!.close(done));
    expect(await freePort(port)).toBe(port);
    await hold(port);
    const other = await freePort(port);
    expect(other).not.toBe(port);
    expect(await isPortFree(other)).toBe(true);
  });

  it("derives the realtime port from PORT, and steps aside when that one is taken", async () => {
    // A port known to be free, and a web port 3001 below it (ephemeral ports are above 32768).
    const free = await hold();
    await new Promise((done) => held.pop()!.close(done));
    expect(await realtimePortFor({ PORT: String(free - 3001) })).toBe(free);

    const taken = await hold();
    const stepped = await realtimePortFor({ PORT: String(taken - 3001) });
    expect(stepped).not.toBe(taken);
    expect(await isPortFree(stepped)).toBe(true);

    expect(await realtimePortFor({ PORT: "3000", REALTIME_PORT: "7123" })).toBe(7123);
  });
});
