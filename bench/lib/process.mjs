// The bench scripts' own process: the repository root, logging, a run id, commands run to
// completion, and the clean-up that runs whatever happens (normal end, error, Ctrl-C).
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { root } from "../../scripts/lib/build-state.mjs";

export { root };
export const bin = (name) => path.join(root, "node_modules", ".bin", name);
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
export const log = (message) => console.log(`bench: ${message}`);

const clockTicks =
  Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout?.trim()) || 100;

/** CPU time (user + system, ms) process `pid` has used so far; null where /proc is missing. */
export function processCpuMs(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ").at(-1).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks;
  } catch {
    return null;
  }
}

/** `<yyyymmdd>_<hhmmss>_<6 hex>`: names this run's temporary database, data folder and API key. */
export const runId = `${new Date().toISOString().replace(/[-:]/g, "").replace(/\..*$/, "").replace("T", "_")}_${randomBytes(3).toString("hex")}`;

/** Run a command to completion; stdout is returned, and printed with stderr when it fails. */
export function runStep(label, command, args, env) {
  log(label);
  const result = spawnSync(command, args, {
    cwd: root,
    env,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout ?? "");
    process.stderr.write(result.stderr ?? "");
    throw new Error(
      `${label} failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`}).`,
    );
  }
  return result.stdout;
}

/** Resources to release at the end (server, database, folders), released last-in first-out. */
export const cleanups = [];
let cleaningUp;
export function cleanup() {
  cleaningUp ??= (async () => {
    for (const task of cleanups.reverse()) {
      try {
        await task();
      } catch (error) {
        console.error(`bench: cleanup step failed: ${error.message}`);
      }
    }
  })();
  return cleaningUp;
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    console.error(`\nbench: ${signal} received; stopping the server and cleaning up.`);
    void cleanup().then(() => process.exit(2));
  });
}

/**
 * Run `main` (which resolves to the exit code), clean up, and exit; an error prints
 * `bench: <message>` (with the stack when `stack` is set) and exits 2.
 */
export async function runMain(main, { stack = false } = {}) {
  let exitCode = 2;
  try {
    exitCode = await main();
  } catch (error) {
    console.error(`bench: ${(stack && error.stack) || error.message}`);
    exitCode = 2;
  } finally {
    await cleanup();
  }
  process.exit(exitCode);
}
