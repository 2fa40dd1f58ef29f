#!/usr/bin/env node
// `npm run bench:analytics` — issue 16's benchmark: an exam with 20,000 submitted attempts × 50
// questions (bench/analytics/seed.ts, in SQL) in a fresh database (a new `bench_analytics_*` in
// DATABASE_URL's Postgres, or a temporary PGlite folder without it), then, against the production
// server (scripts/serve.mjs):
//   1. GET /api/v1/analytics/exams/{id}/ — one un-measured warm-up, then R sequential requests;
//      each must answer 200 with every question's facility. Goal: < 1 s (median and max).
//   2. GET /api/v1/exams/{id}/results/export/ — the whole CSV read as a stream, its lines counted
//      (N + 1 with the header), while the server's memory (VmRSS of the server process and any
//      children, from /proc) is sampled every 50 ms. Goal: peak growth over the idle RSS just
//      before the download < 100 MB, for every download. The route's code is loaded first (one
//      request for a missing exam, 404), so that loading it is not counted as the stream's.
// Builds first when the sources changed since the last build (scripts/lib/build-state.mjs), unless
// --no-build. Prints a markdown section for bench/results.md. Exit 0 PASS, 1 FAIL, 2 error.
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:analytics
import fs from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { buildIsCurrent, markBuilt } from "../../scripts/lib/build-state.mjs";
import { createDatabase } from "../lib/database.mjs";
import { bin, log, runId, runMain, runStep, sleep } from "../lib/process.mjs";
import { freePort, requireRoutesInBuild, serverEnv, startServer } from "../lib/server.mjs";
import { median, timed } from "../lib/stats.mjs";

const { values: flags } = parseArgs({
  options: {
    candidates: { type: "string", default: "20000" },
    questions: { type: "string", default: "50" },
    requests: { type: "string", default: "5" },
    downloads: { type: "string", default: "2" },
    "goal-ms": { type: "string", default: "1000" },
    "goal-mb": { type: "string", default: "100" },
    keep: { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
  },
});
const N = Number(flags.candidates);
const Q = Number(flags.questions);
const R = Number(flags.requests);
const goalMs = Number(flags["goal-ms"]);
const goalMb = Number(flags["goal-mb"]);
const mb = (kb) => kb / 1024;
const ms = (value) => value.toFixed(0);
const signed = (value) => `${value < 0 ? "−" : "+"}${Math.abs(value).toFixed(1)}`;

/** The pids of `pid` and its descendants (from /proc; Linux only). */
function processTree(pid) {
  const children = new Map();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(
        fs.readFileSync(`/proc/${entry}/stat`, "utf8").split(") ").at(-1).split(" ")[1],
      );
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []));
  return tree;
}

/** VmRSS (kB) summed over `pids`. */
function rssKb(pids) {
  let total = 0;
  for (const pid of pids) {
    try {
      const match = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
      total += Number(match?.[1] ?? 0);
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

/** Sample the RSS of `pids` every `everyMs` until stop() is called; stop() gives the samples. */
function sampleRss(pids, everyMs = 50) {
  const samples = [rssKb(pids)];
  const timer = setInterval(() => samples.push(rssKb(pids)), everyMs);
  return () => {
    clearInterval(timer);
    samples.push(rssKb(pids));
    return samples;
  };
}

/** The whole response body as a stream: bytes, lines, the header line; timed. */
async function download(url, headers) {
  const started = performance.now();
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(600_000) });
  let bytes = 0;
  let lines = 0;
  let head = "";
  let firstByteMs = null;
  const decoder = new TextDecoder();
  for await (const chunk of response.body) {
    firstByteMs ??= performance.now() - started;
    bytes += chunk.length;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    if (head.length < 4096 && !head.includes("\n")) head += decoder.decode(chunk, { stream: true });
  }
  return {
    status: response.status,
    contentType: response.headers.get("content-type"),
    bytes,
    lines,
    header: head.split("\n")[0].trimEnd().split(","),
    firstByteMs,
    ms: performance.now() - started,
  };
}

await runMain(async () => {
  const loadBefore = os.loadavg()[0];
  let buildNote = "build up to date";
  if (buildIsCurrent()) log("build is up to date");
  else if (flags["no-build"]) {
    buildNote = "WARNING: .next not built from the current sources (--no-build)";
    log(buildNote);
  } else {
    runStep("building (sources changed since the last build)", "npm", ["run", "build"], {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
    });
    markBuilt();
  }
  requireRoutesInBuild(["api/v1/analytics/exams/[id]", "api/v1/exams/[id]/results/export"]);

  const baseEnv = serverEnv();
  const database = await createDatabase(`bench_analytics_${runId}`, { keep: flags.keep });
  const env = { ...baseEnv, ...database.env };
  log(`database: ${database.description}`);
  runStep("migrating (no demo data)", bin("tsx"), ["scripts/prepare.ts"], env);
  const seed = JSON.parse(
    runStep(
      `seeding ${N} candidates × ${Q} questions in SQL`,
      bin("tsx"),
      ["bench/analytics/seed.ts", "--candidates", String(N), "--questions", String(Q)],
      env,
    )
      .trim()
      .split("\n")
      .at(-1),
  );
  log(
    `seeded in ${seed.seedMs} ms: ${seed.attempts} submitted attempts, ${seed.answers} answers, ${seed.scores} scores, ${seed.questions} questions`,
  );
  if (seed.attempts !== N || seed.answers !== N * Q || seed.scores !== N || seed.questions !== Q)
    throw new Error(`the seed is not what was asked for: ${JSON.stringify(seed)}`);

  const server = await startServer(env, await freePort());
  const headers = { "x-api-key": seed.apiKey };
  const analysisUrl = `${server.base}/api/v1/analytics/exams/${seed.examId}/`;
  const exportUrl = `${server.base}/api/v1/exams/${seed.examId}/results/export/`;

  // 1. The analysis: a warm-up (cold code and caches, reported), then R in a row.
  const check = (answer) => {
    const questions = answer.body?.questions;
    const ok =
      answer.status === 200 &&
      Array.isArray(questions) &&
      questions.length === Q &&
      questions.every((q) => q.facility?.value !== null && q.attempts === N);
    if (!ok)
      throw new Error(
        `analysis answered ${answer.status}${answer.error ? ` (${answer.error})` : ""}: ${JSON.stringify(answer.body).slice(0, 400)}`,
      );
    return answer;
  };
  log("analysis: warm-up");
  const first = check(await timed(analysisUrl, { headers }, 120_000));
  const times = [];
  for (let i = 0; i < R; i++) times.push(check(await timed(analysisUrl, { headers }, 120_000)).ms);
  const latency = { first: first.ms, median: median(times), max: Math.max(...times) };
  const analysisPass = latency.median < goalMs && latency.max < goalMs;
  const body = first.body;
  const facilities = body.questions.map((q) => q.facility.value);
  const flagCounts = {};
  for (const q of body.questions) for (const f of q.flags) flagCounts[f] = (flagCounts[f] ?? 0) + 1;
  log(
    `analysis: first ${ms(latency.first)} ms; ${R} requests: median ${ms(latency.median)} ms, max ${ms(latency.max)} ms (${times.map(ms).join(", ")}) → ${analysisPass ? "PASS" : "FAIL"}`,
  );

  // 2. The export. Its route's code (the CSV and Excel writers) is loaded once, by a request for
  // an exam that does not exist, so that loading code is not counted as the stream's memory; then
  // each download: the idle RSS first, then the download with the RSS sampled.
  const pids = processTree(server.child.pid);
  log(`server process tree: ${pids.join(", ")}`);
  const codeBefore = rssKb(pids);
  const missing = await timed(`${server.base}/api/v1/exams/999999999/results/export/`, { headers });
  if (missing.status !== 404)
    throw new Error(`export of a missing exam answered ${missing.status}, not 404`);
  await sleep(500);
  const codeGrowth = mb(rssKb(pids) - codeBefore);
  log(`export route loaded (404 for a missing exam): RSS ${signed(codeGrowth)} MB`);
  const downloads = [];
  for (let i = 0; i < Number(flags.downloads); i++) {
    await sleep(1_000);
    const idle = [];
    for (let j = 0; j < 10; j++) {
      idle.push(rssKb(pids));
      await sleep(50);
    }
    const before = median(idle);
    const stop = sampleRss(pids);
    const result = await download(exportUrl, headers);
    const samples = stop();
    const peak = Math.max(...samples);
    const ok =
      result.status === 200 &&
      /^text\/csv/.test(result.contentType ?? "") &&
      result.lines === N + 1 &&
      result.header.length === 7 + Q &&
      result.header[0] === "rank";
    if (!ok)
      throw new Error(
        `export ${i + 1}: status ${result.status}, ${result.contentType}, ${result.lines} lines, header ${result.header.join(",").slice(0, 200)}`,
      );
    const growth = mb(peak - before);
    downloads.push({
      ...result,
      before: mb(before),
      peak: mb(peak),
      growth,
      samples: samples.length,
    });
    log(
      `export ${i + 1}: ${result.lines} lines, ${(result.bytes / 1048576).toFixed(1)} MB in ${ms(result.ms)} ms (first byte ${ms(result.firstByteMs)} ms); RSS ${mb(before).toFixed(0)} → peak ${mb(peak).toFixed(0)} MB (+${growth.toFixed(1)} MB, ${samples.length} samples)`,
    );
  }
  const worst = Math.max(...downloads.map((d) => d.growth));
  // Across all downloads: the highest RSS over the idle RSS before the first one. V8 collects
  // the old generation only when its limit is reached, so this climbs over a few downloads and
  // then levels off; it is reported, the goal is per download.
  const overall = Math.max(...downloads.map((d) => d.peak)) - downloads[0].before;
  const exportPass = worst < goalMb;
  const pass = analysisPass && exportPass;
  const loadAfter = os.loadavg()[0];
  const kr20 = body.reliability.kr20.value;
  const fmt2 = (value) => (value === null || value === undefined ? "n/a" : value.toFixed(2));

  console.log(`
### Item analysis and results export — ${N.toLocaleString("en")} attempts × ${Q} questions, ${database.kind}: ${pass ? "PASS" : "FAIL"}${database.kind === "pglite" ? " (the issue's goals are for Postgres; PGlite for comparison)" : ""}

${new Date().toISOString()}, ${database.description}; ${os.cpus().length} cores, Node ${process.version}; load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after; ${buildNote}. Seeded in SQL in ${(seed.seedMs / 1000).toFixed(1)} s (\`bench/analytics/seed.ts\`: ${seed.attempts.toLocaleString("en")} submitted attempts, ${seed.answers.toLocaleString("en")} \`attempt_answers\` rows, ${seed.scores.toLocaleString("en")} scores). The data: mean score ${fmt2(body.scores.mean.value)}, SD ${fmt2(body.scores.standard_deviation.value)}, KR-20 ${fmt2(kr20)}, facility ${fmt2(Math.min(...facilities))}–${fmt2(Math.max(...facilities))}, flags ${JSON.stringify(flagCounts)}.

| Measure | Result | Goal | Verdict |
| --- | --- | --- | --- |
| \`GET /analytics/exams/{id}/\`, ${R} sequential requests after a warm-up (first: ${ms(latency.first)} ms) | median ${ms(latency.median)} ms, max ${ms(latency.max)} ms (${times.map(ms).join(", ")}) | < ${goalMs} ms | ${analysisPass ? "PASS" : "FAIL"} |
${downloads
  .map(
    (d, i) =>
      `| \`GET /exams/{id}/results/export/\` (CSV), download ${i + 1}: ${d.lines.toLocaleString("en")} lines, ${(d.bytes / 1048576).toFixed(1)} MB in ${(d.ms / 1000).toFixed(1)} s, first byte after ${ms(d.firstByteMs)} ms | server RSS ${d.before.toFixed(0)} → peak ${d.peak.toFixed(0)} MB: **+${d.growth.toFixed(1)} MB** (${d.samples} samples) | < ${goalMb} MB growth | ${d.growth < goalMb ? "PASS" : "FAIL"} |`,
  )
  .join("\n")}

Over all ${downloads.length} downloads the server's RSS went from ${downloads[0].before.toFixed(0)} MB (idle, before the first) to at most ${(downloads[0].before + overall).toFixed(0)} MB (+${overall.toFixed(1)} MB). The export route's code was loaded before measuring (a request for a missing exam: RSS ${signed(codeGrowth)} MB).
`);
  return pass ? 0 : 1;
});
