// The set-up bench/exam-day and bench/fault share: a fresh Postgres database, migrated and seeded
// by bench/exam-day/seed.ts (candidates with tokens, one API key, an exam open now), and the
// production server on a free local port; plus the headers a candidate sends.
import { createDatabase } from "./database.mjs";
import { bin, runId, runStep } from "./process.mjs";
import { freePort, requireBuild, requireRoutesInBuild, serverEnv, startServer } from "./server.mjs";

/**
 * Exits 2 without an up-to-date build. Returns the server's `env` (to start it again), the `seed`
 * ({apiKey, examId, questionIds, candidates: [{id, access}]}), the database URL, the `port`, the
 * running `server` and `examUrl` (…/api/v1/exams/<id>).
 */
export async function setUpExamDay(candidates) {
  requireBuild();
  requireRoutesInBuild(["api/v1/exams/[id]/take-exam", "api/v1/exams/[id]/answers/[questionId]"]);
  if (!process.env.DATABASE_URL?.trim())
    throw new Error("DATABASE_URL (Postgres on 127.0.0.1) is required.");
  const baseEnv = serverEnv();
  const database = await createDatabase(`bench_exam_${runId}`);
  const env = { ...baseEnv, ...database.env };
  runStep("migrating", bin("tsx"), ["scripts/prepare.ts"], env);
  const seed = JSON.parse(
    runStep(
      `seeding ${candidates} candidates`,
      bin("tsx"),
      ["bench/exam-day/seed.ts", "--candidates", String(candidates)],
      env,
    )
      .trim()
      .split("\n")
      .at(-1),
  );
  const port = await freePort();
  const server = await startServer(env, port);
  return {
    env,
    seed,
    databaseUrl: database.url,
    port,
    server,
    examUrl: `${server.base}/api/v1/exams/${seed.examId}`,
  };
}

export function headersFor(seed, candidate) {
  return {
    "content-type": "application/json",
    "x-api-key": seed.apiKey,
    authorization: `Bearer ${candidate.access}`,
  };
}
