// Shared by bench/exam-day/run.mjs and bench/fault/run.mjs: fresh Postgres database, migrate +
// seed, start/stop the production server (scripts/serve.mjs), an open-model load helper and
// latency statistics. All traffic goes to 127.0.0.1.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
export const log = (message) => console.log(`bench: ${message}`);
const tsx = path.join(root, "node_modules", ".bin", "tsx");

export function requireBuild() {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.error(
      "bench: no production build (.next/BUILD_ID missing): run `npm run build` first.",
    );
    process.exit(2);
  }
}

function isLoopback(url) {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  return host === "localhost" || host === "::1" || /^127\./.test(host);
}

export const cleanups = [];
let cleaning;
export function cleanup() {
  cleaning ??= (async () => {
    for (const task of cleanups.reverse()) {
      try {
        await task();
      } catch (error) {
        console.error(`bench: cleanup step failed: ${error.message}`);
      }
    }
  })();
  return cleaning;
}
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => void cleanup().then(() => process.exit(2)));

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A new database in DATABASE_URL's server (dropped at the end); env for the server and seeds. */
export async function prepareDatabase(extraEnv, candidates) {
  const adminUrl = process.env.DATABASE_URL?.trim();
  if (!adminUrl) throw new Error("DATABASE_URL (Postgres on 127.0.0.1) is required.");
  if (!isLoopback(adminUrl)) throw new Error("DATABASE_URL must point at this machine.");
  const redisUrl = process.env.REDIS_URL?.trim();
  if (redisUrl && !isLoopback(redisUrl)) throw new Error("REDIS_URL must point at this machine.");
  const { default: postgres } = await import("postgres");
  const name = `bench_exam_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  await admin.end({ timeout: 5 });
  cleanups.push(async () => {
    const dropper = postgres(adminUrl, { max: 1, onnotice: () => {} });
    try {
      await dropper.unsafe(`drop database if exists "${name}" with (force)`);
    } finally {
      await dropper.end({ timeout: 5 });
    }
  });
  const target = new URL(adminUrl);
  target.pathname = `/${name}`;
  const dataDir = path.join(root, "bench", ".tmp", name);
  fs.mkdirSync(dataDir, { recursive: true });
  cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const unlimited = "1000000000";
  const env = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    AUTH_TRUST_HOST: "true",
    ENABLE_BENCH_ROUTES: "true",
    LOG_LEVEL: "warn",
    SEED_DEMO: "false",
    RATE_LIMIT_ENABLED: "true",
    RATE_LIMIT_USER_PER_SECOND: unlimited,
    RATE_LIMIT_USER_PER_10_SECONDS: unlimited,
    RATE_LIMIT_USER_PER_MINUTE: unlimited,
    RATE_LIMIT_EXAM_PER_10_SECONDS: unlimited,
    UPSTASH_REDIS_REST_URL: "",
    UPSTASH_REDIS_REST_TOKEN: "",
    DATA_DIR: dataDir,
    DATABASE_URL: target.toString(),
    ...extraEnv,
  };
  run("migrating", tsx, ["scripts/prepare.ts"], env);
  const seed = JSON.parse(
    run(
      `seeding ${candidates} candidates`,
      tsx,
      ["bench/exam-day/seed.ts", "--candidates", String(candidates)],
      env,
    )
      .trim()
      .split("\n")
      .at(-1),
  );
  return { env, seed, databaseUrl: target.toString(), name };
}

function run(label, command, args, env) {
  log(label);
  const result = spawnSync(command, args, { cwd: root, env, encoding: "utf8", maxBuffer: 1 << 28 });
  if (result.status !== 0) {
    process.stderr.write(result.stdout ?? "");
    process.stderr.write(result.stderr ?? "");
    throw new Error(`${label} failed (exit ${result.status ?? result.signal}).`);
  }
  return result.stdout;
}

/** Start scripts/serve.mjs on `port` and wait until /api/v1/health/ answers. */
export async function startServer(env, port) {
  const output = [];
  const child = spawn(process.execPath, ["scripts/serve.mjs"], {
    cwd: root,
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const keep = (chunk) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const stop = async (signal = "SIGTERM") => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    const done = await Promise.race([exited, sleep(8_000).then(() => "timeout")]);
    if (done === "timeout") {
      child.kill("SIGKILL");
      await exited;
    }
  };
  cleanups.push(() => stop());
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${output.join("")}`);
    if (Date.now() > deadline) throw new Error(`server not healthy in 90 s:\n${output.join("")}`);
    try {
      const response = await fetch(`${base}/api/v1/health/`, {
        signal: AbortSignal.timeout(5_000),
      });
      if (response.ok) break;
    } catch {
      // not up yet
    }
    await sleep(250);
  }
  return { base, child, output, stop };
}

export function headersFor(seed, candidate) {
  return {
    "content-type": "application/json",
    "x-api-key": seed.apiKey,
    authorization: `Bearer ${candidate.access}`,
  };
}

/** Timed request: {status, ms, body|null, error|null}. */
export async function timed(url, init, timeoutMs = 10_000) {
  const started = performance.now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const text = await response.text();
    let body = null;
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
    return { status: response.status, ms: performance.now() - started, body, error: null };
  } catch (error) {
    return { status: 0, ms: performance.now() - started, body: null, error: error.message };
  }
}

export function stats(samples) {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const at = (q) => (ms.length ? ms[Math.min(ms.length - 1, Math.ceil(q * ms.length) - 1)] : NaN);
  const errors = samples.filter((s) => s.status < 200 || s.status >= 300);
  const codes = {};
  for (const s of errors) {
    const key = s.status || s.error || "error";
    codes[key] = (codes[key] ?? 0) + 1;
  }
  return {
    count: ms.length,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: ms.at(-1) ?? NaN,
    errors: errors.length,
    codes,
  };
}

/** Exit 2 when .next was built before the exam routes (or the bench upsert route) existed. */
export function requireRoutesInBuild(routes) {
  const missing = routes.filter(
    (route) => !fs.existsSync(path.join(root, ".next", "server", "app", route)),
  );
  if (missing.length > 0) {
    console.error(
      `bench: the production build predates routes this bench needs (${missing.join(", ")}): run \`npm run build\` first.`,
    );
    process.exit(2);
  }
}
