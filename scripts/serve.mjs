#!/usr/bin/env node
// The production HTTP server: Next.js behind a thin node:http layer with two jobs Next does not do.
// 1. Make X-Forwarded-For trustworthy. `next start` keeps whatever X-Forwarded-For a client sends,
//    so any client could pick its own rate-limit bucket; here the socket address is always
//    appended (and, with no trusted proxy in front, the client's own value is dropped).
// 2. Refuse a path with broken percent-encoding (`/x/%E0%A4%A/`) with a 400: Next answers 500.
import { createServer } from "node:http";
import next from "next";

const port = Number(process.env.PORT ?? 3000);
const dev = process.argv.includes("--dev");
const trustedProxies = Number(process.env.TRUSTED_PROXY_COUNT ?? 0);

const app = next({ dev, port, hostname: "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

function hasValidEncoding(url) {
  try {
    decodeURIComponent((url ?? "/").split("?")[0]);
    return true;
  } catch {
    return false;
  }
}

const server = createServer((request, response) => {
  if (!hasValidEncoding(request.url)) {
    const body = JSON.stringify({
      detail: "Malformed URL: invalid percent-encoding in the path.",
      code: "invalid",
    });
    // Next never sees this request, so the headers next.config.ts gives every response go here.
    response.writeHead(400, {
      "Content-Type": "application/json",
      "Content-Length": Buffer.byteLength(body),
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
      ...(dev ? {} : { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" }),
    });
    response.end(body);
    return;
  }
  const socketAddress = request.socket.remoteAddress ?? "unknown";
  const forwarded = trustedProxies > 0 ? request.headers["x-forwarded-for"] : undefined;
  request.headers["x-forwarded-for"] = forwarded ? `${forwarded}, ${socketAddress}` : socketAddress;
  void handle(request, response);
});
server.keepAliveTimeout = 65_000;
server.listen(port, () =>
  console.log(`web: listening on http://localhost:${port} (${dev ? "development" : "production"})`),
);

const shutdown = () => {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 5_000).unref();
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
