// Ports for the launchers (plain Node: they run before npm install). Another copy of the app, or a
// test run, may already hold the usual ports, so the helpers ask the system instead of assuming.
import net from "node:net";

/** Whether `port` can be listened on at `host` right now. */
export function isPortFree(port, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once("error", () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** `preferred` when it is free on every address a browser may use for localhost, else any free port. */
export async function freePort(preferred) {
  if (
    preferred &&
    preferred < 65536 &&
    (await isPortFree(preferred, "127.0.0.1")) &&
    (await isPortFree(preferred, "::1").catch(() => true))
  ) {
    return preferred;
  }
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once("error", reject);
    server.listen({ port: 0, host: "127.0.0.1" }, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * The local realtime server's port: REALTIME_PORT when set (used as given), else derived from the
 * web port (3000 → 6001, 4000 → 7001) so two copies side by side do not collide, else any free one.
 */
export async function realtimePortFor(env) {
  if (env.REALTIME_PORT) return Number(env.REALTIME_PORT);
  return freePort(Number(env.PORT ?? 3000) + 3001);
}
