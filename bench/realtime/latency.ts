// The measured part of `npm run bench:realtime` (run.mjs prepares the database and environment).
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { broadcasts, users } from "@/db/schema";
import { platformFunctions } from "@/inngest";
import { createBroadcast } from "@/lib/broadcasts/create-broadcast";
import { systemClock } from "@/lib/context";
import { benchManagerContext } from "../lib/manager-context";
import { env } from "@/lib/env";
import { InProcessRunner } from "@/lib/jobs/in-process-runner";
import { localRealtimeApp } from "@/lib/realtime";

const clients = Number(process.env.BENCH_CLIENTS ?? 2_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const goalMs = 1_000;
const root = process.cwd();
const db = getDb();
const children: ChildProcessWithoutNullStreams[] = [];
process.on("exit", () => children.forEach((child) => child.kill()));

/** Starts a process and resolves with it and its line reader once a line matches `ready`. */
function startProcess(args: string[], extraEnv: Record<string, string>, ready: RegExp) {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...extraEnv } });
  children.push(child);
  child.stderr.on("data", (chunk: Buffer) => process.stderr.write(chunk));
  const lines = readline.createInterface({ input: child.stdout });
  return new Promise<{ child: typeof child; lines: typeof lines; first: string }>(
    (resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${args.join(" ")} did not start`)), 120_000);
      lines.on("line", (line) => {
        if (ready.test(line)) {
          clearTimeout(timer);
          resolve({ child, lines, first: line });
        }
      });
      child.once("exit", (code) => reject(new Error(`${args.join(" ")} exited (${code})`)));
    },
  );
}

const rssKiB = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? NaN);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

// The realtime server, alone in its process (node + tsx's loader, no tsx wrapper process).
const server = await startProcess(
  ["--import", "tsx", path.join(root, "scripts/realtime/main.ts")],
  {},
  /local Pusher-protocol server/,
);
await sleep(1_000);
const rssBefore = rssKiB(server.child.pid!);

// N verified league candidates, and a manager.
const rows = Array.from({ length: clients }, (_, i) => ({
  email: `rt-${i}@example.com`,
  userType: "candidate" as const,
  role: "league",
  isUserVerified: true,
}));
const ids: string[] = [];
for (let i = 0; i < rows.length; i += 1_000) {
  ids.push(
    ...(await db
      .insert(users)
      .values(rows.slice(i, i + 1_000))
      .returning({ id: users.id })
      .then((inserted) => inserted.map((row) => row.id))),
  );
}
const ctx = await benchManagerContext(db);

const app = localRealtimeApp();
const browsers = await startProcess(
  [path.join(root, "bench/realtime/clients.mjs")],
  {
    BENCH_KEY: app.key,
    BENCH_SECRET: app.secret,
    BENCH_PORT: String(env.REALTIME_PORT),
    BENCH_USERS: JSON.stringify(ids),
  },
  /^ready \d+/,
);
const connectMs = Number(browsers.first.split(" ")[1]);
await sleep(3_000);
const rssAfter = rssKiB(server.child.pid!);

const report = () =>
  new Promise<Record<string, number[]>>((resolve) => {
    const onLine = (line: string) => {
      if (!line.startsWith("report ")) return;
      browsers.lines.off("line", onLine);
      resolve(JSON.parse(line.slice("report ".length)) as Record<string, number[]>);
    };
    browsers.lines.on("line", onLine);
    browsers.child.stdin.write("report\n");
  });

const runner = new InProcessRunner({ db, functions: platformFunctions, clock: systemClock });
runner.start(1_000);
const results: { round: number; got: number; p50: number; p95: number; max: number }[] = [];
for (let round = 1; round <= rounds; round += 1) {
  const subject = `Round ${round}`;
  const t0 = Date.now();
  const created = await createBroadcast({
    ctx,
    input: {
      subject,
      message: "League round 2 opens on Monday at 9:00.",
      mediums: ["platform"],
      target_roles: { candidate: ["league"] },
    },
  });
  for (;;) {
    const [row] = await db
      .select({ status: broadcasts.status })
      .from(broadcasts)
      .where(eq(broadcasts.id, created.id));
    if (row!.status === "sent" || Date.now() - t0 > 60_000) break;
    await sleep(100);
  }
  await sleep(2_000); // the last pushes in flight
  const times = ((await report())[subject] ?? []).map((at) => at - t0).sort((a, b) => a - b);
  results.push({
    round,
    got: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times.at(-1)!,
  });
  await sleep(1_000);
}
await runner.stop();
browsers.child.stdin.write("exit\n");
server.child.kill();

const allOnce = results.every((result) => result.got === clients);
const pass = allOnce && results.every((result) => result.p95 < goalMs);
const perConnection = ((rssAfter - rssBefore) / clients).toFixed(1);
console.log(`
### Realtime: ${clients.toLocaleString("en")} pusher-js clients, a broadcast to all of them (${new Date().toISOString().slice(0, 10)})

${process.env.BENCH_DATABASE}; ${os.cpus().length} cores. The local realtime server in its own
process; ${clients.toLocaleString("en")} pusher-js clients (Node) in another, each subscribed to its
own \`private-user-{id}\`; the broadcast created by the real operation and fanned out by the real
function on the in-process runner (woken by the event, as in the server). Latency = from just before
the broadcast is created to the client's receipt of \`notification_activity\`.

| Round | Received | p50 | p95 | max | Goal |
| --- | ---: | ---: | ---: | ---: | --- |
${results
  .map(
    (result) =>
      `| ${result.round} | ${result.got.toLocaleString("en")} of ${clients.toLocaleString("en")} | ${result.p50} ms | ${result.p95} ms | ${result.max} ms | p95 < ${goalMs} ms |`,
  )
  .join("\n")}

Connecting and subscribing all ${clients.toLocaleString("en")} clients: ${(connectMs / 1000).toFixed(1)} s.
Realtime server memory: ${(rssBefore / 1024).toFixed(0)} MiB before the clients, ${(rssAfter / 1024).toFixed(0)} MiB with them — **${perConnection} KiB per connection** (RSS difference over ${clients.toLocaleString("en")}).

**${pass ? "PASS" : "FAIL"}**${pass ? "" : allOnce ? " (too slow)" : " (a client missed its notification or got it twice)"}
`);
process.exit(0);
