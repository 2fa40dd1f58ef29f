#!/usr/bin/env node
// `npm start`: install what is missing, build when sources changed, migrate, seed demo data,
// start the local realtime server (when Pusher is not configured) and serve the app on $PORT.
// `npm run dev` does the same with `next dev` instead of a production build.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { buildIsCurrent, dependenciesAreCurrent, markBuilt, root } from "./lib/build-state.mjs";
import { realtimePortFor } from "./lib/ports.mjs";

const dev = process.argv.includes("--dev");
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 9)) {
  console.error(`Node ${process.versions.node} is too old: install Node 20.9 or newer.`);
  process.exit(1);
}

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const bin = (name) => path.join(root, "node_modules", ".bin", name);

function run(label, command, args, env = process.env) {
  console.log(`\n> ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

if (!dependenciesAreCurrent())
  run("installing dependencies", npm, ["install", "--no-audit", "--no-fund"]);

// Embedded defaults: a data folder and a stable secret, created on first start.
const dataDir = path.resolve(root, process.env.DATA_DIR ?? ".data");
fs.mkdirSync(dataDir, { recursive: true });
const secretFile = path.join(dataDir, "auth-secret");
if (!process.env.AUTH_SECRET && !fs.existsSync(secretFile)) {
  fs.writeFileSync(secretFile, randomBytes(32).toString("base64url"), { mode: 0o600 });
}
const port = process.env.PORT ?? "3000";
const pusherConfigured =
  process.env.PUSHER_APP_ID && process.env.PUSHER_KEY && process.env.PUSHER_SECRET;
// Without Pusher credentials or a Pusher-compatible host, we serve the protocol ourselves.
const localRealtime = !pusherConfigured && !process.env.PUSHER_HOST;
const env = {
  ...process.env,
  PORT: port,
  ...(localRealtime
    ? { REALTIME_PORT: String(await realtimePortFor({ ...process.env, PORT: port })) }
    : {}),
  AUTH_SECRET: process.env.AUTH_SECRET ?? fs.readFileSync(secretFile, "utf8").trim(),
  AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
  NEXT_TELEMETRY_DISABLED: "1",
  NODE_ENV: dev ? "development" : "production",
  // With no email service configured, the dev mailbox is the only way to read emails.
  ENABLE_DEV_MAILBOX:
    process.env.ENABLE_DEV_MAILBOX ?? (process.env.RESEND_API_KEY ? "false" : "true"),
};

if (!dev) {
  if (buildIsCurrent()) console.log("\n> build is up to date");
  else {
    run("building the app (first start takes a few minutes)", npm, ["run", "build"], {
      ...env,
      NODE_ENV: "production",
    });
    markBuilt();
  }
} else {
  run("generating route tables", bin("tsx"), ["scripts/generate-route-manifest.ts"], env);
}

run("preparing the database", bin("tsx"), ["scripts/prepare.ts"], env);

const children = [];
function start(label, command, args) {
  const child = spawn(command, args, { cwd: root, stdio: "inherit", env });
  child.on("exit", (code, signal) => {
    if (shuttingDown) return;
    console.error(`${label} stopped (${signal ?? `exit ${code}`}); shutting down.`);
    shutdown(code ?? 1);
  });
  children.push(child);
}

let shuttingDown = false;
function shutdown(code = 0) {
  if (shuttingDown) return;
  shuttingDown = true;
  for (const child of children) child.kill("SIGTERM");
  setTimeout(() => process.exit(code), 3_000).unref();
  Promise.all(
    children.map(
      (child) => new Promise((done) => (child.exitCode !== null ? done() : child.on("exit", done))),
    ),
  ).then(() => process.exit(code));
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));

if (localRealtime) start("realtime server", bin("tsx"), ["scripts/realtime/main.ts"]);
start("web server", process.execPath, dev ? ["scripts/serve.mjs", "--dev"] : ["scripts/serve.mjs"]);
console.log(
  `\nServing http://localhost:${port}  (API docs: http://localhost:${port}/api/v1/docs/swagger/)` +
    (localRealtime ? `\nRealtime (local Pusher protocol) on port ${env.REALTIME_PORT}` : ""),
);
