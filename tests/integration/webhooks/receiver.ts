// A real local HTTP receiver for webhook tests: records every request (headers and exact body) and
// answers as told — a status, a redirect, a hang, or a dropped connection.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedRequest = { path: string; headers: http.IncomingHttpHeaders; body: string };
export type Behaviour =
  | { kind: "status"; status: number; body?: string }
  | { kind: "redirect"; to: string }
  | { kind: "hang" }
  | { kind: "drop" };

export type Receiver = {
  url: (path?: string) => string;
  port: number;
  received: ReceivedRequest[];
  /** Answers for the next requests, in order; after them, `fallback`. */
  queue: Behaviour[];
  fallback: Behaviour;
  close: () => Promise<void>;
};

export async function startReceiver(): Promise<Receiver> {
  const sockets = new Set<import("node:net").Socket>();
  const receiver = {
    received: [] as ReceivedRequest[],
    queue: [] as Behaviour[],
    fallback: { kind: "status", status: 200, body: "ok" } as Behaviour,
  };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      receiver.received.push({
        path: request.url ?? "/",
        headers: request.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      });
      const behaviour = receiver.queue.shift() ?? receiver.fallback;
      switch (behaviour.kind) {
        case "status":
          response.writeHead(behaviour.status, { "content-type": "text/plain" });
          response.end(behaviour.body ?? "");
          return;
        case "redirect":
          response.writeHead(301, { location: behaviour.to });
          response.end();
          return;
        case "hang":
          return; // never answers; the sender's timeout ends it
        case "drop":
          request.socket.destroy();
          return;
      }
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return Object.assign(receiver, {
    port,
    url: (path = "/hooks") => `http://127.0.0.1:${port}${path}`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}
