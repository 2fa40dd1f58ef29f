// npm run realtime (scripts/realtime/main.ts) — the local Pusher-protocol server used when no Pusher account is configured.
import { env } from "@/lib/env";
import { localRealtimeApp } from "@/lib/realtime";
import { startLocalRealtimeServer, type LocalRealtimeServer } from "./server";

// Loopback unless browsers on other machines are expected (REALTIME_PUBLIC_HOST is set).
const host = env.REALTIME_PUBLIC_HOST ? "0.0.0.0" : "127.0.0.1";
// Browsers send the spec's client actions (`client-action`) as client events; the app hears of
// them through its webhook, as it would from Pusher. npm start passes PORT to both processes.
const webhookUrl =
  env.REALTIME_WEBHOOK_URL ?? `http://127.0.0.1:${env.PORT}/api/v1/realtime/webhook/`;

let server: LocalRealtimeServer;
try {
  server = await startLocalRealtimeServer({
    port: env.REALTIME_PORT,
    host,
    apps: [{ ...localRealtimeApp(), enableClientEvents: true, webhookUrl }],
  });
} catch (error) {
  console.error(
    `realtime: cannot listen on ${host}:${env.REALTIME_PORT}: ${(error as Error).message}`,
  );
  process.exit(1);
}
console.log(
  `realtime: local Pusher-protocol server on ws://${host}:${server.port}, webhooks to ${webhookUrl}`,
);

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
