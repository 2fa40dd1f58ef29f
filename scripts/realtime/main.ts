// npm run realtime (scripts/realtime/main.ts) — the local Pusher-protocol server used when no Pusher account is configured.
import { env } from "@/lib/env";
import { localRealtimeApp } from "@/lib/realtime";
import { startLocalRealtimeServer, type LocalRealtimeServer } from "./server";

// Loopback unless browsers on other machines are expected (REALTIME_PUBLIC_HOST is set).
const host = env.REALTIME_PUBLIC_HOST ? "0.0.0.0" : "127.0.0.1";

let server: LocalRealtimeServer;
try {
  server = await startLocalRealtimeServer({
    port: env.REALTIME_PORT,
    host,
    apps: [localRealtimeApp()],
  });
} catch (error) {
  console.error(
    `realtime: cannot listen on ${host}:${env.REALTIME_PORT}: ${(error as Error).message}`,
  );
  process.exit(1);
}
console.log(`realtime: local Pusher-protocol server on ws://${host}:${server.port}`);

let stopping = false;
async function shutdown(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  await server.close();
  console.log(`realtime: stopped (${signal})`);
  process.exit(0);
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
