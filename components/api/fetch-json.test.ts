// fetchJson against a real HTTP server on a free port: the answers a browser can meet (a
// contract error, a proxy's HTML page, a body that does not match, no server at all).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { FetchError, fetchJson, getJson, networkError } from "./fetch-json";

const item = z.object({ id: z.number().int(), name: z.string() });
let server: Server;
let base = "";
const seen: { method?: string; type?: string; accept?: string; body: string }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      seen.push({
        method: request.method,
        type: request.headers["content-type"],
        accept: request.headers.accept,
        body,
      });
      const send = (status: number, text: string, type = "application/json") => {
        response.writeHead(status, { "content-type": type });
        response.end(text);
      };
      switch (request.url) {
        case "/item":
          return send(200, JSON.stringify({ id: 7, name: "seven", extra: true }));
        case "/echo":
          return send(201, JSON.stringify({ id: 1, name: body }));
        case "/wrong-shape":
          return send(200, JSON.stringify({ id: "7" }));
        case "/not-json":
          return send(200, "<html>hello</html>", "text/html");
        case "/invalid":
          return send(
            400,
            JSON.stringify({
              detail: "Invalid input.",
              code: "invalid",
              errors: { name: ["Required."] },
            }),
          );
        case "/gateway":
          return send(502, "<html>Bad gateway</html>", "text/html");
        default:
          return send(404, JSON.stringify({ detail: "Not found.", code: "not_found" }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("fetchJson", () => {
  it("parses a success with the schema (unknown keys dropped)", async () => {
    const result = await fetchJson(`${base}/item`, item);
    expect(result).toEqual({ ok: true, status: 200, data: { id: 7, name: "seven" } });
    expect(seen.at(-1)).toMatchObject({ method: "GET", accept: "application/json", body: "" });
    expect(seen.at(-1)!.type).toBeUndefined();
  });

  it("sends a body as JSON with its content type", async () => {
    const result = await fetchJson(`${base}/echo`, item, { method: "POST", body: "hi" });
    expect(result).toEqual({ ok: true, status: 201, data: { id: 1, name: '"hi"' } });
    expect(seen.at(-1)).toMatchObject({ method: "POST", type: "application/json", body: '"hi"' });
  });

  it("returns the contract's error body as it came", async () => {
    expect(await fetchJson(`${base}/invalid`, item)).toEqual({
      ok: false,
      status: 400,
      error: { detail: "Invalid input.", code: "invalid", errors: { name: ["Required."] } },
      fromServer: true,
    });
    expect(await fetchJson(`${base}/nowhere`, item)).toMatchObject({
      ok: false,
      status: 404,
      error: { code: "not_found" },
    });
  });

  it("turns an error page that is not ours into a plain sentence with the status", async () => {
    const result = await fetchJson(`${base}/gateway`, item);
    expect(result).toMatchObject({
      ok: false,
      status: 502,
      error: { code: "server_error" },
      fromServer: false,
    });
    if (!result.ok) expect(result.error.detail).toMatch(/went wrong on the server/);
  });

  it("reports a success it cannot read or that does not match as status 0", async () => {
    for (const path of ["/wrong-shape", "/not-json"]) {
      expect(await fetchJson(`${base}${path}`, item)).toMatchObject({
        ok: false,
        status: 0,
        error: { code: "unexpected_response" },
      });
    }
  });

  it("reports an unreachable server as status 0 with a network error", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await fetchJson(`http://127.0.0.1:${port}/item`, item)).toEqual({
      ok: false,
      status: 0,
      error: networkError,
      fromServer: false,
    });
  });
});

describe("getJson", () => {
  it("returns the data, or throws a FetchError whose message is the detail", async () => {
    expect(await getJson(`${base}/item`, item)).toEqual({ id: 7, name: "seven" });
    const error = await getJson(`${base}/invalid`, item).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(FetchError);
    expect(error).toMatchObject({
      status: 400,
      message: "Invalid input.",
      body: { code: "invalid" },
    });
  });
});
