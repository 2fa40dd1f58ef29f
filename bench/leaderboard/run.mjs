// Issue 13's publish benchmark: 100,000 scored attempts over 20 concluded exams, one publish,
// goal < 10 s on Postgres. Reports the publish time and the peak memory of the process that runs
// it (the in-process job runner's process in the embedded setup).
//   DATABASE_URL=postgres://… npm run bench:leaderboard -- --candidates 100000 --exams 20
import { parseArgs } from "node:util";
import { createDatabase } from "../lib/database.mjs";
import { bin, log, runId, runMain, runStep } from "../lib/process.mjs";

const { values } = parseArgs({
  options: {
    candidates: { type: "string", default: "100000" },
    exams: { type: "string", default: "20" },
  },
});

await runMain(async () => {
  if (!process.env.DATABASE_URL) throw new Error("set DATABASE_URL to a local Postgres.");
  const database = await createDatabase(`bench_publish_${runId}`);
  const env = { ...process.env, ...database.env };
  runStep("migrating", bin("tsx"), ["scripts/migrate.ts"], env);
  const out = runStep(
    `seeding ${values.candidates} scores over ${values.exams} exams, then publishing`,
    bin("tsx"),
    ["bench/leaderboard/publish.ts", "--candidates", values.candidates, "--exams", values.exams],
    env,
  );
  const result = JSON.parse(out.trim().split("\n").at(-1));
  const pass = result.publishMs < 10_000 && result.entryCount === Number(values.candidates);
  log(
    `publish: ${result.publishMs} ms for ${result.entryCount} entries on ${result.boardCount} boards`,
  );
  console.log(`
### Leaderboard publish — ${result.entryCount} scored attempts, ${result.boardCount} exams (${new Date().toISOString()}, ${database.description})

| Seed (SQL) | Publish | Entries | Boards | Process RSS before → peak | Goal | Result |
| ---: | ---: | ---: | ---: | --- | --- | --- |
| ${result.seedMs} ms | ${result.publishMs} ms | ${result.entryCount} | ${result.boardCount} | ${result.startRssMb} → ${result.peakRssMb} MB | < 10 s, every score ranked | ${pass ? "PASS" : "FAIL"} |
`);
  return pass ? 0 : 1;
});
