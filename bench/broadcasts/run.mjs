#!/usr/bin/env node
// `npm run bench:broadcast -- --recipients 20000` — issue 14's fan-out benchmark: a broadcast to N
// active candidates by platform and email, from its creation (the real operation, as
// POST /broadcasts/ runs it) until it is "sent", through the real fan-out function on the
// in-process runner (durable steps in the database), with the local realtime server taking every
// push and the email port's embedded sender taking the emails in bulk. Then the check that nobody
// got anything twice. Goal: < 60 s. Fresh Postgres database from DATABASE_URL (or PGlite without).
// Prints a markdown section for bench/results.md. Exit 0 goal met, 1 missed, 2 error.
import { parseArgs } from "node:util";
import { createDatabase } from "../lib/database.mjs";
import { bin, runId, runMain, runStep } from "../lib/process.mjs";
import { embeddedServicesEnv, serverEnv } from "../lib/server.mjs";

const { values: flags } = parseArgs({
  options: {
    recipients: { type: "string", default: "20000" },
    keep: { type: "boolean", default: false },
  },
});

await runMain(async () => {
  const database = await createDatabase(`bench_broadcast_${runId}`, { keep: flags.keep });
  const env = serverEnv({
    ...database.env,
    ...(await embeddedServicesEnv()),
    BENCH_RECIPIENTS: flags.recipients,
    BENCH_DATABASE: database.description,
  });
  runStep("migrating", bin("tsx"), ["scripts/migrate.ts"], env);
  const output = runStep(
    `broadcasting to ${flags.recipients} recipients`,
    bin("tsx"),
    ["bench/broadcasts/fan-out.ts"],
    env,
  );
  process.stdout.write(output);
  return output.includes("**PASS**") ? 0 : 1;
});
