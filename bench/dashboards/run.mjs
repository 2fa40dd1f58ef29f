#!/usr/bin/env node
// `npm run bench:dashboards -- --candidates 100000` — issue 13's read benchmark on Postgres
// (DATABASE_URL, required; a fresh database is created and dropped, or kept with --keep): a
// competition of N candidates and N × 10 stored answers seeded in SQL (bench/dashboards/seed.ts)
// and published once; then, against the production server, each read in turn under C concurrent
// readers in a closed loop (each reader sends its next request when the last one answered) for S
// seconds: the candidate dashboard (readers rotate over the sampled candidates' tokens), the staff
// dashboard and the statistics (a manager), and the league board (pages rotated, the last
// included). Goal: p95 < 200 ms for each, with no errors.
// Prints a markdown section for bench/results.md. Exit 0 all goals met, 1 a goal missed, 2 error.
import { parseArgs } from "node:util";
import { createDatabase } from "../lib/database.mjs";
import { bin, log, runId, runMain, runStep, sleep } from "../lib/process.mjs";
import {
  freePort,
  requireBuild,
  requireRoutesInBuild,
  serverEnv,
  startServer,
} from "../lib/server.mjs";
import { stats, timed } from "../lib/stats.mjs";

const { values: flags } = parseArgs({
  options: {
    candidates: { type: "string", default: "100000" },
    sample: { type: "string", default: "200" },
    connections: { type: "string", default: "50" },
    seconds: { type: "string", default: "20" },
    warmup: { type: "string", default: "3" },
    keep: { type: "boolean", default: false },
  },
});
const C = Number(flags.connections);
const S = Number(flags.seconds);
const goalMs = 200;
const fmt = (v) => (Number.isFinite(v) ? v.toFixed(0) : "n/a");

/** C readers, each looping `next(i)` → [url, headers] until `seconds` have passed. */
async function closedLoop(seconds, next) {
  const samples = [];
  const until = performance.now() + seconds * 1000;
  let turn = 0;
  await Promise.all(
    Array.from({ length: C }, async () => {
      while (performance.now() < until) {
        const [url, headers] = next(turn++);
        samples.push(await timed(url, { headers }));
      }
    }),
  );
  return samples;
}

await runMain(async () => {
  requireBuild();
  requireRoutesInBuild([
    "api/v1/dashboard/candidate",
    "api/v1/dashboard/staff",
    "api/v1/stats/overview",
    "api/v1/leaderboard",
  ]);
  if (!process.env.DATABASE_URL?.trim())
    throw new Error("DATABASE_URL (Postgres on 127.0.0.1) is required.");
  const baseEnv = serverEnv();
  const database = await createDatabase(`bench_reads_${runId}`, { keep: flags.keep });
  const env = { ...baseEnv, ...database.env };
  runStep("migrating", bin("tsx"), ["scripts/prepare.ts"], env);
  const seed = JSON.parse(
    runStep(
      `seeding ${flags.candidates} candidates with their answers, then publishing`,
      bin("tsx"),
      ["bench/dashboards/seed.ts", "--candidates", flags.candidates, "--sample", flags.sample],
      env,
    )
      .trim()
      .split("\n")
      .at(-1),
  );
  log(
    `seeded in ${seed.seedMs} ms: ${seed.answers} answers, ${seed.entries} board entries (published in ${seed.publishMs} ms)`,
  );
  const server = await startServer(env, await freePort());
  const api = `${server.base}/api/v1`;
  const headers = (access) => ({ "x-api-key": seed.apiKey, authorization: `Bearer ${access}` });
  const staff = headers(seed.staff.access);
  const pages = Math.max(1, Math.ceil((seed.board.entries - 3) / 20));
  const reads = [
    {
      name: "Candidate dashboard `GET /dashboard/candidate/`",
      keys: ["candidate_info", "exam_stats", "leaderboard_ranking", "concluded_exams"],
      next: (turn) => [
        `${api}/dashboard/candidate/`,
        headers(seed.candidates[turn % seed.candidates.length].access),
      ],
    },
    {
      name: "Staff dashboard `GET /dashboard/staff/`",
      keys: ["staff_info", "candidates", "exams", "questions", "scores", "upcoming_exams"],
      next: () => [`${api}/dashboard/staff/`, staff],
    },
    {
      name: "Statistics `GET /stats/overview/`",
      keys: ["generated_at", "users", "verification", "exams", "scores"],
      next: () => [`${api}/stats/overview/`, staff],
    },
    {
      name: `League board \`GET /leaderboard/?stage=league&level=1&page=…\` (${pages} pages)`,
      keys: ["exam_details", "top_three", "remaining_candidates", "pagination"],
      // Candidates read their board (each answer has their own row); every 7th request is the
      // last page.
      next: (turn) => [
        `${api}/leaderboard/?stage=league&level=1&page=${turn % 7 === 0 ? pages : 1 + (turn % pages)}`,
        headers(seed.candidates[turn % seed.candidates.length].access),
      ],
    },
  ];

  // Pre-flight: each read answers 200 with its shape. This first request finds every cache empty
  // (and the server's code not yet warm): its time is reported as "first request".
  for (const read of reads) {
    const [url, requestHeaders] = read.next(0);
    const answer = await timed(url, { headers: requestHeaders });
    const missing = read.keys.filter((key) => !(answer.body && key in answer.body));
    if (answer.status !== 200 || missing.length > 0)
      throw new Error(
        `${read.name} answered ${answer.status} (missing ${missing.join(", ") || "nothing"}): ${JSON.stringify(answer.body).slice(0, 300)}`,
      );
    read.firstMs = answer.ms;
  }

  const results = [];
  for (const read of reads) {
    log(`${read.name}: ${flags.warmup} s warm-up, then ${S} s with ${C} readers`);
    await closedLoop(Number(flags.warmup), read.next);
    await sleep(500);
    const samples = await closedLoop(S, read.next);
    const figures = stats(samples);
    const pass = figures.errors === 0 && figures.p95 < goalMs;
    results.push({ read, figures, rps: figures.count / S, pass });
    log(
      `  ${figures.count} requests, ${(figures.count / S).toFixed(0)} req/s, p50 ${fmt(figures.p50)} p95 ${fmt(figures.p95)} p99 ${fmt(figures.p99)} ms, errors ${figures.errors} ${JSON.stringify(figures.codes)} → ${pass ? "PASS" : "FAIL"}`,
    );
  }
  const pass = results.every((result) => result.pass);
  console.log(`
### Dashboards and board pages — ${Number(flags.candidates).toLocaleString("en")} candidates, ${seed.answers.toLocaleString("en")} stored answers: ${pass ? "PASS" : "FAIL"}

${new Date().toISOString()}, ${database.description}; one production server (\`scripts/serve.mjs\`) on 127.0.0.1, with Postgres and this load generator on the same 2 cores. Seeded in SQL in ${(seed.seedMs / 1000).toFixed(1)} s (${seed.entries.toLocaleString("en")} board entries, published in ${(seed.publishMs / 1000).toFixed(1)} s). Each read: ${C} readers in a closed loop for ${S} s after a ${flags.warmup} s warm-up; ${seed.candidates.length} candidates of the league board take turns.

| Read | First request (ms) | Requests | req/s | p50 (ms) | p95 (ms) | p99 (ms) | Errors | Goal | Result |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |
${results
  .map(
    ({ read, figures, rps, pass: ok }) =>
      `| ${read.name} | ${fmt(read.firstMs)} | ${figures.count} | ${rps.toFixed(0)} | ${fmt(figures.p50)} | ${fmt(figures.p95)} | ${fmt(figures.p99)} | ${figures.errors} | p95 < ${goalMs} ms, 0 errors | ${ok ? "PASS" : "FAIL"} |`,
  )
  .join("\n")}
`);
  return pass ? 0 : 1;
});
