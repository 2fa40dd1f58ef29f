#!/usr/bin/env node
// `npm run bench:fault -- --candidates 20 --seconds 15` — crash test of autosave durability on
// Postgres (DATABASE_URL required; a fresh database is created and dropped; REDIS_URL when set).
// K candidates start an attempt, then each autosaves continuously (one PUT at a time, seq rising,
// questions cycling). Every ACKNOWLEDGED answer (HTTP 200) is recorded. At 30 % of the run the
// server is killed with SIGKILL and started again on the same port; at 60 % Postgres is restarted
// (`pg_ctlcluster <ver> main restart`, else `service postgresql restart`; only as root, skipped
// with a note otherwise or with --skip-postgres-restart) while the load goes on. At the end every
// acknowledged answer must be in attempt_answers with seq ≥ the acknowledged seq.
// Prints `acknowledged: N, present after recovery: M, lost: L`. Exit 0 none lost, 1 lost > 0,
// 2 error.
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { headersFor, setUpExamDay } from "../lib/exam-day.mjs";
import { log, runMain, sleep } from "../lib/process.mjs";
import { startServer } from "../lib/server.mjs";
import { timed } from "../lib/stats.mjs";

const { values: flags } = parseArgs({
  options: {
    candidates: { type: "string", default: "20" },
    seconds: { type: "string", default: "15" },
    "skip-postgres-restart": { type: "boolean", default: false },
  },
});
const K = Number(flags.candidates);
const S = Number(flags.seconds);

function restartPostgres() {
  if (flags["skip-postgres-restart"]) return "skipped (--skip-postgres-restart)";
  if (process.getuid?.() !== 0) return "skipped (not root)";
  const clusters = spawnSync("pg_lsclusters", ["--no-header"], { encoding: "utf8" });
  const first = clusters.status === 0 ? clusters.stdout.trim().split("\n")[0]?.split(/\s+/) : null;
  const attempts = [];
  if (first?.length >= 2) attempts.push(["pg_ctlcluster", [first[0], first[1], "restart"]]);
  attempts.push(["service", ["postgresql", "restart"]]);
  for (const [command, args] of attempts) {
    const result = spawnSync(command, args, { encoding: "utf8", timeout: 60_000 });
    if (result.status === 0) return `restarted (${command} ${args.join(" ")})`;
  }
  return "skipped (no restart command succeeded)";
}

async function waitForPostgres(databaseUrl) {
  const { default: postgres } = await import("postgres");
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const sql = postgres(databaseUrl, { max: 1, onnotice: () => {}, connect_timeout: 2 });
    try {
      await sql`select 1`;
      return;
    } catch {
      await sleep(500);
    } finally {
      await sql.end({ timeout: 1 }).catch(() => {});
    }
  }
  throw new Error("Postgres did not come back within 60 s.");
}

async function main() {
  const setUp = await setUpExamDay(K);
  const { env, seed, databaseUrl, port, examUrl: exam } = setUp;
  let { server } = setUp;

  for (const c of seed.candidates) {
    const started = await timed(`${exam}/take-exam/`, { headers: headersFor(seed, c) });
    if (started.status !== 200)
      throw new Error(`take-exam answered ${started.status}: ${JSON.stringify(started.body)}`);
  }

  // Highest acknowledged seq per candidate+question, with the option that was acknowledged.
  const acknowledged = new Map();
  const counts = { sent: 0, ok: 0, failed: 0 };
  let running = true;
  const loops = seed.candidates.map(async (c, i) => {
    let seq = 0;
    while (running) {
      seq += 1;
      const question = seed.questionIds[(seq + i) % seed.questionIds.length];
      const option = "ABCD"[(seq * 7 + i) % 4];
      counts.sent += 1;
      const result = await timed(
        `${exam}/answers/${question}/`,
        {
          method: "PUT",
          headers: headersFor(seed, c),
          body: JSON.stringify({ selected_option: option, seq }),
        },
        5_000,
      );
      if (result.status === 200) {
        counts.ok += 1;
        const key = `${c.id}:${question}`;
        const previous = acknowledged.get(key);
        if (!previous || previous.seq < seq)
          acknowledged.set(key, { candidate: c.id, question, option, seq });
      } else {
        counts.failed += 1;
        await sleep(200); // the server or database is down: back off a little
      }
      await sleep(50);
    }
  });

  const events = [];
  await sleep(S * 300);
  log(`kill -9 the server (pid ${server.child.pid}) under load`);
  server.child.kill("SIGKILL");
  await new Promise((resolve) =>
    server.child.exitCode !== null || server.child.signalCode
      ? resolve()
      : server.child.once("exit", resolve),
  );
  events.push(`server killed with SIGKILL at ${(S * 0.3).toFixed(1)} s`);
  server = await startServer(env, port);
  events.push("server restarted on the same port");
  log("server restarted");
  await sleep(S * 300);
  log("restarting Postgres under load");
  const pg = restartPostgres();
  log(`Postgres: ${pg}`);
  events.push(`Postgres ${pg}`);
  await waitForPostgres(databaseUrl);
  await sleep(S * 400);
  running = false;
  await Promise.all(loops);

  const { default: postgres } = await import("postgres");
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const stored = await sql`
    select a.candidate_id, aa.question_id, aa.selected_option, aa.seq
    from attempt_answers aa join exam_attempts a on a.id = aa.attempt_id
    where a.exam_id = ${seed.examId}`;
  await sql.end({ timeout: 5 });
  const storedBy = new Map(stored.map((row) => [`${row.candidate_id}:${row.question_id}`, row]));
  let present = 0;
  const lostExamples = [];
  for (const [key, ack] of acknowledged) {
    const row = storedBy.get(key);
    if (
      row &&
      Number(row.seq) >= ack.seq &&
      (Number(row.seq) > ack.seq || row.selected_option === ack.option)
    )
      present += 1;
    else if (lostExamples.length < 5) lostExamples.push({ ack, stored: row ?? null });
  }
  const lost = acknowledged.size - present;
  console.log(`\nFault test: ${K} candidates, ${S} s; ${events.join("; ")}.`);
  console.log(
    `requests sent: ${counts.sent}, acknowledged (200): ${counts.ok}, failed during the faults: ${counts.failed}`,
  );
  console.log(
    `acknowledged: ${acknowledged.size}, present after recovery: ${present}, lost: ${lost}`,
  );
  console.log(
    "(acknowledged = distinct candidate+question answers; the latest acknowledged seq of each is checked)",
  );
  if (lost > 0) console.log(`lost examples: ${JSON.stringify(lostExamples)}`);
  if (counts.ok === 0) throw new Error("no answer was acknowledged: the test proved nothing.");
  return lost > 0 ? 1 : 0;
}

await runMain(main, { stack: true });
