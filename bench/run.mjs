#!/usr/bin/env node
// `npm run bench [-- --duration 10 --connections 50 --rounds 3 --warmup 3]` — throughput of our
// API stack relative to a bare Next.js route handler, measured in ONE run against ONE production
// server, and written to bench/results.md. See bench/README.md for what is measured and why.
//
// Steps: build (only when the sources changed) → fresh database (temp PGlite folder under
// bench/.tmp/, or a new `bench_*` database when DATABASE_URL is set) → migrate (no demo seed) →
// create an API key → start scripts/serve.mjs on a free port → pre-flight checks → warm-up →
// interleaved measurement rounds → results.md → stop the server and drop the database (always).
//
// All load goes to 127.0.0.1. Exit code: 0 PASS, 1 FAIL (below the goal), 2 invalid run or error.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { buildIsCurrent, markBuilt } from "../scripts/lib/build-state.mjs";
import { createDatabase, redact } from "./lib/database.mjs";
import { bin, log, processCpuMs, root, runId, runMain, runStep, sleep } from "./lib/process.mjs";
import { freePort, serverEnv, startServer, unlimited } from "./lib/server.mjs";
import { median } from "./lib/stats.mjs";

// ---------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------

const usage = `usage: npm run bench -- [options]

  --duration SECONDS     length of one measured run per route (env BENCH_DURATION, default 10)
  --connections N        concurrent connections (env BENCH_CONNECTIONS, default 50)
  --rounds N             measured rounds; each round runs both routes (env BENCH_ROUNDS, default 3)
  --warmup SECONDS       un-measured warm-up per route before round 1 (env BENCH_WARMUP, default 3)
  --goal RATIO           pass mark for stack/bare (env BENCH_GOAL, default 0.70)
  --output FILE          results file (default bench/results.md)
  --no-build             use .next as it is, even if the sources changed since it was built
  --no-write             print the results only; leave the results file alone
  -h, --help             this text

Environment: DATABASE_URL (Postgres; a temporary database is created in it and dropped) and
REDIS_URL (Redis-backed rate limiter) are used when set; both must point at this machine.`;

const { values: flags } = parseArgs({
  options: {
    duration: { type: "string" },
    connections: { type: "string" },
    rounds: { type: "string" },
    warmup: { type: "string" },
    goal: { type: "string" },
    output: { type: "string" },
    "no-build": { type: "boolean", default: false },
    "no-write": { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
  strict: true,
});
if (flags.help) {
  console.log(usage);
  process.exit(0);
}

function numberOption(name, envName, fallback, { integer = true, min = 1 } = {}) {
  const raw = flags[name] ?? process.env[envName];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || (integer && !Number.isInteger(value))) {
    console.error(
      `bench: --${name} (${envName}) must be ${integer ? "an integer" : "a number"} >= ${min}, got "${raw}".\n\n${usage}`,
    );
    process.exit(2);
  }
  return value;
}

const settings = {
  duration: numberOption("duration", "BENCH_DURATION", 10),
  connections: numberOption("connections", "BENCH_CONNECTIONS", 50),
  rounds: numberOption("rounds", "BENCH_ROUNDS", 3),
  warmup: numberOption("warmup", "BENCH_WARMUP", 3, { min: 0 }),
  goal: numberOption("goal", "BENCH_GOAL", 0.7, { integer: false, min: 0 }),
  pipelining: 1,
};
const outputFile = path.resolve(root, flags.output ?? "bench/results.md");

// The same request for both routes: same body, same headers (the bare route ignores the key).
const requestBody = JSON.stringify({ value: 42, label: "benchmark" });
const expectedBody = JSON.stringify({ ok: true, echo: JSON.parse(requestBody) });
const routes = {
  bare: { label: "bare", path: "/api/bench/bare", what: "bare Next.js route handler" },
  stack: { label: "stack", path: "/api/v1/bench/noop", what: "API key + rate limit + zod" },
};

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

function git(...args) {
  const result = spawnSync("git", args, { cwd: root, encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : "";
}

// ---------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------

/** One request by hand per route before any load: proves both routes do what we think. */
async function preflight(base, apiKey) {
  const headers = { "content-type": "application/json", "x-api-key": apiKey };
  for (const route of Object.values(routes)) {
    const response = await fetch(`${base}${route.path}`, {
      method: "POST",
      headers,
      body: requestBody,
    });
    const text = await response.text();
    if (response.status !== 200 || text !== expectedBody) {
      throw new Error(
        `pre-flight ${route.path}: expected 200 ${expectedBody}, got ${response.status} ${text}`,
      );
    }
    if (route === routes.stack && !response.headers.get("x-ratelimit-limit")) {
      throw new Error(
        `pre-flight ${route.path}: no X-RateLimit-* headers, so the rate limiter did not run.`,
      );
    }
  }
  // The stack must really check the key and the body (otherwise we would be measuring less).
  const noKey = await fetch(`${base}${routes.stack.path}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-api-key": `${apiKey.slice(0, -4)}zzzz` },
    body: requestBody,
  });
  await noKey.text();
  if (noKey.status !== 401)
    throw new Error(`pre-flight: a wrong API key answered ${noKey.status}, expected 401.`);
  const badBody = await fetch(`${base}${routes.stack.path}`, {
    method: "POST",
    headers,
    body: JSON.stringify({ value: 1.5, label: "x" }),
  });
  await badBody.text();
  if (badBody.status !== 400)
    throw new Error(`pre-flight: an invalid body answered ${badBody.status}, expected 400.`);
}

// ---------------------------------------------------------------------------------------------
// Load
// ---------------------------------------------------------------------------------------------

async function load(base, route, apiKey, duration, serverPid) {
  const cpuBefore = processCpuMs(serverPid);
  const result = await autocannon({
    url: `${base}${route.path}`,
    method: "POST",
    headers: { "content-type": "application/json", "x-api-key": apiKey },
    body: requestBody,
    connections: settings.connections,
    pipelining: settings.pipelining,
    duration,
    timeout: 10,
  });
  const cpuAfter = processCpuMs(serverPid);
  const problems = result.errors + result.timeouts + result.non2xx + result.mismatches;
  return {
    cpuPerRequest:
      cpuBefore === null || cpuAfter === null || result.requests.total === 0
        ? null
        : (cpuAfter - cpuBefore) / result.requests.total,
    rps: result.requests.average,
    total: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]),
    ),
    problems,
  };
}

const fmt = (value, digits = 0) =>
  value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

function serverLogSummary({ error, aborted, warn }) {
  if (error === 0 && warn === 0) return "no warnings or errors";
  const parts = [`${error} ERROR line(s)`];
  if (aborted > 0) {
    parts.push(
      `${aborted} of them "unhandled error Error: aborted" (requests still in flight when autocannon closed its connections at the end of a run: the app reads the body after the key lookup and the rate limit, and that read fails; no client saw these)`,
    );
  }
  parts.push(`${warn} WARN line(s)`);
  return parts.join(", ");
}

function describeProblems(run) {
  if (run.problems === 0) return "0";
  const parts = [];
  if (run.errors) parts.push(`${run.errors} errors`);
  if (run.timeouts) parts.push(`${run.timeouts} timeouts`);
  if (run.non2xx) {
    const codes = Object.entries(run.statusCodes).filter(([code]) => !code.startsWith("2"));
    parts.push(
      `${run.non2xx} non-2xx (${codes.map(([code, count]) => `${code}×${count}`).join(", ")})`,
    );
  }
  return parts.join(", ");
}

// ---------------------------------------------------------------------------------------------
// Results file: one section per configuration (database + rate-limit backend), each replaced by
// that configuration's latest run; the other configurations' sections are kept.
// ---------------------------------------------------------------------------------------------

const resultsHeader = `# Benchmark results

How to run: \`npm run bench\` (options and how to read this file: [README.md](README.md)).

Written by \`bench/run.mjs\`. One section per configuration (database + rate-limit backend); a run
replaces the section of its own configuration and leaves the others as they were, so check each
section's date and commit.
`;

function writeResults(configKey, section) {
  const begin = `<!-- bench:begin ${configKey} -->`;
  const end = `<!-- bench:end ${configKey} -->`;
  const block = `${begin}\n${section.trim()}\n${end}`;
  let text = fs.existsSync(outputFile) ? fs.readFileSync(outputFile, "utf8") : "";
  if (!text.includes("<!-- bench:begin ")) text = resultsHeader;
  const pattern = new RegExp(
    `${begin.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[\\s\\S]*?${end.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`,
  );
  text = pattern.test(text)
    ? text.replace(pattern, () => block)
    : `${text.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(outputFile, text.endsWith("\n") ? text : `${text}\n`);
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  const loadBefore = os.loadavg()[0];

  const baseEnv = serverEnv();
  const redisUrl = process.env.REDIS_URL?.trim();
  const rateLimitBackend = redisUrl
    ? `Redis (${redact(redisUrl)}, via ioredis)`
    : "memory (in-process)";

  if (buildIsCurrent()) log("build is up to date");
  else if (flags["no-build"])
    log("WARNING: .next is not built from the current sources; --no-build given, using it anyway");
  else {
    runStep(
      "building (sources changed since the last build; this takes a few minutes)",
      "npm",
      ["run", "build"],
      {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    );
    markBuilt();
  }

  const database = await createDatabase(`bench_${runId}`);
  const env = { ...baseEnv, ...database.env };
  log(`database: ${database.description}`);
  log(`rate limiter: ${rateLimitBackend}`);
  runStep("migrating (no demo data)", bin("tsx"), ["scripts/prepare.ts"], env);
  const apiKey = runStep(
    "creating an API key",
    bin("tsx"),
    ["scripts/apikey-create.ts", "--name", `bench ${runId}`],
    env,
  )
    .trim()
    .split("\n")
    .at(-1)
    .trim();
  if (!apiKey || /\s/.test(apiKey))
    throw new Error("apikey-create did not print a key on its last line.");

  const port = await freePort();
  const server = await startServer(env, port);
  await preflight(server.base, apiKey);
  log(
    "pre-flight checks passed (both routes echo; the stack refuses a wrong key and an invalid body)",
  );

  const order = ["bare", "stack"];
  if (settings.warmup > 0) {
    for (const name of order) {
      log(`warm-up ${name}: ${settings.warmup} s`);
      const warm = await load(server.base, routes[name], apiKey, settings.warmup, server.child.pid);
      if (warm.problems > 0)
        throw new Error(`warm-up of ${routes[name].path} failed: ${describeProblems(warm)}`);
    }
  }

  const runs = { bare: [], stack: [] };
  for (let round = 1; round <= settings.rounds; round += 1) {
    // Alternate which route goes first, so that drift (JIT, GC, thermal) hits both alike.
    const roundOrder = round % 2 === 1 ? order : [...order].reverse();
    for (const name of roundOrder) {
      await sleep(500);
      const run = await load(
        server.base,
        routes[name],
        apiKey,
        settings.duration,
        server.child.pid,
      );
      runs[name].push(run);
      log(
        `round ${round}/${settings.rounds} ${name.padEnd(5)} ${fmt(run.rps).padStart(7)} req/s  p50 ${run.p50} ms  p99 ${run.p99} ms  server CPU ${run.cpuPerRequest?.toFixed(2) ?? "n/a"} ms/req  problems: ${describeProblems(run)}`,
      );
    }
  }

  const loadAfter = os.loadavg()[0];
  const serverLog = server.output.join("").trim();

  const summary = Object.fromEntries(
    Object.entries(runs).map(([name, list]) => [
      name,
      {
        rps: median(list.map((run) => run.rps)),
        p50: median(list.map((run) => run.p50)),
        p99: median(list.map((run) => run.p99)),
        cpu: list.every((run) => run.cpuPerRequest !== null)
          ? median(list.map((run) => run.cpuPerRequest))
          : null,
        problems: list.reduce((sum, run) => sum + run.problems, 0),
        detail: list.map(describeProblems).filter((text) => text !== "0"),
        perRound: list.map((run) => run.rps),
      },
    ]),
  );
  const ratio = summary.stack.rps / summary.bare.rps;
  const cpuRatio =
    summary.bare.cpu && summary.stack.cpu
      ? (summary.bare.cpu / summary.stack.cpu).toFixed(3)
      : "n/a";
  const valid = summary.bare.problems === 0 && summary.stack.problems === 0;
  const verdict = !valid ? "INVALID" : ratio >= settings.goal ? "PASS" : "FAIL";

  const commit = git("rev-parse", "--short", "HEAD") || "unknown";
  const dirty = git("status", "--porcelain") !== "";
  const cpus = os.cpus();
  const configKey = `${database.kind}+${redisUrl ? "redis" : "memory"}`;
  const title = `${database.kind === "pglite" ? "PGlite" : "Postgres"} + ${redisUrl ? "Redis" : "memory"} rate limiter`;
  const row = (name) => {
    const s = summary[name];
    const problems = s.problems === 0 ? "0" : `**${s.detail.join("; ")}**`;
    return `| ${name} \`POST ${routes[name].path}\` (${routes[name].what}) | ${fmt(s.rps)} | ${s.p50} | ${s.p99} | ${s.cpu === null ? "n/a" : s.cpu.toFixed(2)} | ${problems} |`;
  };
  const section = `
## ${title} — ${verdict} (ratio ${ratio.toFixed(2)})

- Date: ${new Date().toISOString()}
- Commit: \`${commit}\`${dirty ? " (plus uncommitted changes in the working tree)" : ""}
- Machine: ${os.availableParallelism()} cores (${cpus[0]?.model?.trim() ?? "unknown CPU"}), ${fmt(os.totalmem() / 2 ** 30, 1)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.arch()}
- Load average (1 min) before / after measuring: ${loadBefore.toFixed(2)} / ${loadAfter.toFixed(2)} (the bench alone gives about 1.5–2 on this 2-core machine; much more means other work competed)
- Database: ${database.description}
- Rate-limit backend: ${rateLimitBackend}; limits set to ${unlimited} per window (every window is counted, none refuses)
- Server log (LOG_LEVEL=warn) during the run: ${serverLogSummary(server.logCounts)}
- Settings: ${settings.rounds} rounds × ${settings.duration} s per route, interleaved (round order alternates bare→stack / stack→bare), ${settings.connections} connections, pipelining ${settings.pipelining}, ${settings.warmup} s warm-up per route; body \`${requestBody}\` with the same headers (\`Content-Type\`, \`X-Api-Key\`) to both routes; one production server (\`scripts/serve.mjs\`) on 127.0.0.1

| Route | Median req/s | p50 latency (ms) | p99 latency (ms) | Server CPU (ms/req) | Errors / non-2xx |
| --- | ---: | ---: | ---: | ---: | --- |
${row("bare")}
${row("stack")}

Per round (req/s): bare ${summary.bare.perRound.map((value) => fmt(value)).join(", ")}; stack ${summary.stack.perRound.map((value) => fmt(value)).join(", ")}.

Server CPU = CPU time (user + system) of the Next.js server process per completed request, read from /proc; ${database.kind === "pglite" ? "PGlite runs inside that process" : "Postgres runs in its own processes and is not included"}${redisUrl ? ", Redis is not included" : ""}. It is steadier than req/s when other work competes for the CPU. CPU ratio bare / stack: ${cpuRatio}.

**Ratio stack / bare = ${ratio.toFixed(3)} → ${verdict}** (goal ≥ ${settings.goal.toFixed(2)}${valid ? "" : "; the run is invalid because some requests failed or were not 2xx"}).
`;

  console.log(section);
  if (serverLog)
    console.log(
      `bench: server output (LOG_LEVEL=warn):\n${serverLog.split("\n").slice(-40).join("\n")}\n`,
    );
  if (flags["no-write"]) log("--no-write: results file left alone");
  else {
    writeResults(configKey, section);
    log(`results written to ${path.relative(root, outputFile)} (section "${configKey}")`);
  }
  log(`finished in ${Math.round((Date.now() - started) / 1000)} s`);
  return verdict === "PASS" ? 0 : verdict === "FAIL" ? 1 : 2;
}

await runMain(main);
