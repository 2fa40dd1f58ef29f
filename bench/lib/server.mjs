// The production server under test (scripts/serve.mjs): the environment every bench gives it, a
// free local port, start-up until healthy, stop at cleanup, and the checks that .next is built.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { assertLocalService } from "./database.mjs";
import { cleanups, log, root, sleep } from "./process.mjs";

/** Rate limits so high that the limiter does all of its work (every window counted) but never refuses. */
export const unlimited = "1000000000";

/**
 * Everything the server and the set-up scripts get, plus `extra`. Upstash is never used: its
 * traffic would leave this machine; REDIS_URL, when set, must point at this machine.
 */
export function serverEnv(extra = {}) {
  const redisUrl = process.env.REDIS_URL?.trim();
  if (redisUrl) assertLocalService("REDIS_URL", redisUrl);
  return {
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
    ...extra,
  };
}

/** No provider accounts: the embedded email sender, and the local realtime server on a free port. */
export async function embeddedServicesEnv() {
  return {
    RESEND_API_KEY: "",
    PUSHER_APP_ID: "",
    PUSHER_KEY: "",
    PUSHER_SECRET: "",
    REALTIME_PORT: String(await freePort()),
  };
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Start scripts/serve.mjs on 127.0.0.1:`port` and wait until /api/v1/health/ answers; cleanup()
 * stops it. `output` keeps the last 200 chunks it wrote, `logCounts` its WARN/ERROR lines.
 */
export async function startServer(env, port) {
  log(`starting the production server on 127.0.0.1:${port}`);
  const output = [];
  // Log lines the app wrote at WARN/ERROR (lib/logger.ts format: "<ISO time> LEVEL message").
  const logCounts = { error: 0, aborted: 0, warn: 0 };
  const child = spawn(process.execPath, ["scripts/serve.mjs"], {
    cwd: root,
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const keep = (chunk) => {
    const text = chunk.toString();
    logCounts.error += text.match(/Z ERROR /g)?.length ?? 0;
    logCounts.aborted += text.match(/Z ERROR unhandled error Error: aborted/g)?.length ?? 0;
    logCounts.warn += text.match(/Z WARN /g)?.length ?? 0;
    output.push(text);
    if (output.length > 200) output.shift();
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );

  cleanups.push(async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const stopped = await Promise.race([exited, sleep(8_000).then(() => null)]);
    if (!stopped) {
      child.kill("SIGKILL");
      await exited;
    }
    log("server stopped");
  });

  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  let lastProblem = "no answer yet";
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the server exited during start-up:\n${output.join("")}`);
    }
    if (Date.now() > deadline)
      throw new Error(
        `the server did not become healthy in 90 s (${lastProblem}):\n${output.join("")}`,
      );
    try {
      const response = await fetch(`${base}/api/v1/health/`, {
        signal: AbortSignal.timeout(5_000),
      });
      if (response.ok) break;
      lastProblem = `health answered ${response.status}: ${await response.text()}`;
    } catch (error) {
      lastProblem = error.message;
    }
    await sleep(250);
  }
  return { base, output, child, logCounts };
}

/** Exit 2 when there is no production build (these benches never build by themselves). */
export function requireBuild() {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.error(
      "bench: no production build (.next/BUILD_ID missing): run `npm run build` first.",
    );
    process.exit(2);
  }
}

/** Exit 2 when .next was built before `routes` (paths under .next/server/app) existed. */
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
