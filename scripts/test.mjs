#!/usr/bin/env node
// `npm test`: every tier. Unit and integration tests (Vitest; integration on PGlite, or on a fresh
// Postgres database per test file when DATABASE_URL is set), then the Playwright journeys against
// a production build started by the same launcher as `npm start`. Installs what is missing first.
// Ends with one summary line: "tests: N passed, N failed, N skipped".
//   --e2e-only   only the browser journeys        --no-e2e   skip them
//   --integration-only   only the integration tier
//   other arguments go to Playwright: `npm run test:e2e -- e2e/take-exam.spec.ts -g resumes`
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildIsCurrent, dependenciesAreCurrent, markBuilt, root } from "./lib/build-state.mjs";
import { freePort } from "./lib/ports.mjs";

const ownFlags = ["--e2e-only", "--no-e2e", "--integration-only"];
const args = new Set(process.argv.slice(2).filter((arg) => ownFlags.includes(arg)));
const playwrightArgs = process.argv.slice(2).filter((arg) => !ownFlags.includes(arg));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const resultsDir = path.join(root, "test-results");
fs.mkdirSync(resultsDir, { recursive: true });

function run(command, commandArgs, env = process.env) {
  console.log(`\n> ${[path.basename(command), ...commandArgs].join(" ")}`);
  return spawnSync(command, commandArgs, { cwd: root, stdio: "inherit", env }).status ?? 1;
}

if (!dependenciesAreCurrent() && run(npm, ["install", "--no-audit", "--no-fund"]) !== 0)
  process.exit(1);

const totals = { passed: 0, failed: 0, skipped: 0 };
let exitCode = 0;

if (!args.has("--e2e-only")) {
  const vitestJson = path.join(resultsDir, "vitest.json");
  fs.rmSync(vitestJson, { force: true });
  const projects = args.has("--integration-only") ? ["--project", "integration"] : [];
  const status = run(bin("vitest"), [
    "run",
    ...projects,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${vitestJson}`,
  ]);
  if (fs.existsSync(vitestJson)) {
    const report = JSON.parse(fs.readFileSync(vitestJson, "utf8"));
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + report.numTodoTests;
  }
  if (status !== 0) {
    exitCode = 1;
    if (!fs.existsSync(vitestJson)) totals.failed += 1;
  }
}

if (!args.has("--no-e2e") && !args.has("--integration-only")) {
  const status = await runBrowserJourneys();
  if (status !== 0) exitCode = 1;
}

console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(exitCode || (totals.failed > 0 ? 1 : 0));

async function runBrowserJourneys() {
  if (!ensureBrowser()) {
    totals.failed += 1;
    return 1;
  }
  if (!buildIsCurrent()) {
    if (
      run(npm, ["run", "build"], {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
      }) !== 0
    ) {
      totals.failed += 1;
      return 1;
    }
    markBuilt();
  }
  // The journeys get a server of their own: a fresh data folder, or a fresh Postgres database.
  const dataDir = path.join(root, ".data", `e2e-${Date.now()}`);
  const database = process.env.DATABASE_URL ? await createDatabase(process.env.DATABASE_URL) : null;
  const playwrightJson = path.join(resultsDir, "playwright.json");
  fs.rmSync(playwrightJson, { force: true });
  // Free ports, so another copy of the app or another test run can hold the usual ones.
  const port = process.env.E2E_PORT ?? String(await freePort(3100));
  const realtimePort = process.env.E2E_REALTIME_PORT ?? String(await freePort(Number(port) + 3001));
  console.log(
    `\n> browser journeys against http://localhost:${port} (realtime on ${realtimePort})`,
  );
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    ...(database ? { DATABASE_URL: database.url } : {}),
    E2E_PORT: port,
    REALTIME_PORT: realtimePort,
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
    LOG_LEVEL: "warn",
    RATE_LIMIT_ANON_PER_MINUTE: "1000",
    RATE_LIMIT_ANON_PER_DAY: "100000",
    RATE_LIMIT_LOGIN_PER_MINUTE: "1000",
  };
  let status;
  try {
    status = run(bin("playwright"), ["test", ...playwrightArgs], env);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
    await database?.drop();
  }
  if (fs.existsSync(playwrightJson)) {
    const stats = JSON.parse(fs.readFileSync(playwrightJson, "utf8")).stats;
    totals.passed += stats.expected + stats.flaky;
    totals.failed += stats.unexpected;
    totals.skipped += stats.skipped;
  } else if (status !== 0) {
    totals.failed += 1;
  }
  return status;
}

/** Debian's Chromium, or Playwright's own; install one when neither is there. */
function ensureBrowser() {
  const found = () =>
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"].some((file) => fs.existsSync(file)) ||
    spawnSync(
      process.execPath,
      [
        "-e",
        "process.exit(require('fs').existsSync(require('playwright-core').chromium.executablePath())?0:1)",
      ],
      {
        cwd: root,
      },
    ).status === 0;
  if (found()) return true;
  if (process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get")) {
    run("apt-get", ["update", "-qq"]);
    run("apt-get", ["install", "-y", "-qq", "chromium"], {
      ...process.env,
      DEBIAN_FRONTEND: "noninteractive",
    });
  } else {
    run(bin("playwright"), ["install", "chromium"]);
  }
  if (found()) return true;
  console.error(
    "\nNo Chromium for the browser journeys: install Debian's `chromium` package (or run `npx playwright install chromium`).",
  );
  return false;
}

async function createDatabase(url) {
  const { default: postgres } = await import("postgres");
  const name = `e2e_${Date.now()}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    async drop() {
      const cleanup = postgres(url, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`drop database if exists "${name}" with (force)`);
      await cleanup.end();
    },
  };
}
