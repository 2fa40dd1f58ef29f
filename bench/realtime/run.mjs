#!/usr/bin/env node
// `npm run bench:realtime -- --clients 2000` — issue 14's realtime benchmark: N pusher-js clients
// (bench/realtime/clients.mjs, their own process) connected to the local realtime server (`npm run
// realtime`, its own process, so its memory is its own); a manager creates a broadcast to them
// (the real operation POST /broadcasts/ runs) and the real fan-out runs on the in-process runner,
// as in the server. Measured: from just before the broadcast is created to each client's receipt
// of its notification; and the realtime server's memory per connection (RSS after the clients
// connected minus before, over N). Goal: p95 < 1 s, every client once. Fresh Postgres database from
// DATABASE_URL (or PGlite). Prints a markdown section; exit 0 goal met, 1 missed, 2 error.
import { parseArgs } from "node:util";
import { createDatabase } from "../lib/database.mjs";
import { bin, runId, runMain, runStep } from "../lib/process.mjs";
import { embeddedServicesEnv, serverEnv } from "../lib/server.mjs";

const { values: flags } = parseArgs({
  options: {
    clients: { type: "string", default: "2000" },
    rounds: { type: "string", default: "3" },
    keep: { type: "boolean", default: false },
  },
});

await runMain(async () => {
  const database = await createDatabase(`bench_realtime_${runId}`, { keep: flags.keep });
  const env = serverEnv({
    ...database.env,
    ...(await embeddedServicesEnv()),
    BENCH_CLIENTS: flags.clients,
    BENCH_ROUNDS: flags.rounds,
    BENCH_DATABASE: database.description,
  });
  runStep("migrating", bin("tsx"), ["scripts/migrate.ts"], env);
  const output = runStep(
    `${flags.clients} clients, ${flags.rounds} broadcasts`,
    bin("tsx"),
    ["bench/realtime/latency.ts"],
    env,
  );
  process.stdout.write(output);
  return output.includes("**PASS**") ? 0 : 1;
});
