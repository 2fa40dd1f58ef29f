// Fresh data for every bench run: a new database in DATABASE_URL's Postgres (dropped at the end)
// or, without DATABASE_URL, a temporary PGlite folder; plus the check that keeps the bench's
// services on this machine.
import fs from "node:fs";
import path from "node:path";
import { cleanups, log, root } from "./process.mjs";

export function isLoopback(hostname) {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Refuse to point the benchmark's traffic at another machine through DATABASE_URL / REDIS_URL. */
export function assertLocalService(name, url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${name} is not a valid URL.`);
  }
  if (!isLoopback(parsed.hostname)) {
    throw new Error(
      `${name} points at ${parsed.hostname}; the benchmark only runs against services on this machine (127.0.0.1).`,
    );
  }
}

export function redact(url) {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

async function withPostgres(url, work) {
  const { default: postgres } = await import("postgres");
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * A new database `name` in DATABASE_URL's server, or a PGlite folder when DATABASE_URL is unset;
 * either way a data folder bench/.tmp/<name> for what the app keeps on disk. Both are removed by
 * cleanup() — but a Postgres database is kept (its URL printed) with `keep`, to look into it
 * after the run. `env` holds DATA_DIR and DATABASE_URL for the server and the scripts.
 */
export async function createDatabase(name, { keep = false } = {}) {
  const dataDir = path.join(root, "bench", ".tmp", name);
  const adminUrl = process.env.DATABASE_URL?.trim();
  if (!adminUrl) {
    fs.mkdirSync(dataDir, { recursive: true });
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    return {
      description: "PGlite (embedded, in-process)",
      kind: "pglite",
      env: { DATA_DIR: dataDir, DATABASE_URL: "" },
    };
  }

  assertLocalService("DATABASE_URL", adminUrl);
  const database = name.toLowerCase();
  await withPostgres(adminUrl, (sql) => sql.unsafe(`create database "${database}"`));
  const target = new URL(adminUrl);
  target.pathname = `/${database}`;
  cleanups.push(async () => {
    if (keep) {
      log(`kept database ${redact(target.toString())} (drop it when done)`);
      return;
    }
    await withPostgres(adminUrl, (sql) =>
      sql.unsafe(`drop database if exists "${database}" with (force)`),
    );
    log(`dropped database ${database}`);
  });
  fs.mkdirSync(dataDir, { recursive: true });
  cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  return {
    description: `Postgres (${redact(target.toString())}, temporary database, dropped after the run)`,
    kind: "postgres",
    url: target.toString(),
    env: { DATA_DIR: dataDir, DATABASE_URL: target.toString() },
  };
}
