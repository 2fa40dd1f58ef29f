// One database handle for the whole process: PGlite (embedded, data under .data/) by default,
// postgres.js when DATABASE_URL is set. Both speak the same schema and migrations.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { dataDir, env } from "@/lib/env";
import * as schema from "./schema";

export type Database = PostgresJsDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Anything that can run a query: the database or an open transaction. */
export type Executor = Database | Transaction;

export type DatabaseHandle = {
  db: Database;
  kind: "pglite" | "postgres";
  close: () => Promise<void>;
};

export type DatabaseOptions =
  | {
      kind: "postgres";
      url: string;
      poolSize?: number;
      /** false: no named prepared statements at all (runPrepared sends its text unnamed). */
      prepare?: boolean;
    }
  | { kind: "pglite"; dataDir: string | null };

export function openDatabase(options: DatabaseOptions): DatabaseHandle {
  if (options.kind === "postgres") {
    const client = postgres(options.url, {
      max: options.poolSize ?? 10,
      prepare: options.prepare ?? true,
      onnotice: () => {},
      connection: { TimeZone: "UTC" },
    });
    const db = drizzlePostgres(client, { schema });
    return { db, kind: "postgres", close: () => client.end({ timeout: 5 }) };
  }
  const release = options.dataDir ? lockDataDir(options.dataDir) : () => {};
  const client = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return {
    db,
    kind: "pglite",
    close: async () => {
      await client.close();
      release();
    },
  };
}

/**
 * PGlite is single-process: a second process on the same folder silently loses writes. A pid
 * file makes that mistake loud instead.
 */
function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  const lockFile = `${path.resolve(dataDir)}.lock`;
  try {
    const holder = Number(fs.readFileSync(lockFile, "utf8"));
    if (holder && holder !== process.pid && isAlive(holder)) {
      throw new Error(
        `The embedded database at ${dataDir} is in use by process ${holder}. ` +
          "Stop that process first (PGlite allows one process per data folder), or set DATABASE_URL.",
      );
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  fs.writeFileSync(lockFile, String(process.pid));
  const release = () => {
    try {
      if (Number(fs.readFileSync(lockFile, "utf8")) === process.pid) fs.unlinkSync(lockFile);
    } catch {
      // already gone
    }
  };
  process.once("exit", release);
  return release;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

// The process-wide handle lives on globalThis so that Next's module reloading in development
// never opens a second PGlite on the same folder.
const globalHandle = globalThis as unknown as { __database?: DatabaseHandle };

/** The process's database, opened on first use from the environment (or set by `useDatabase`). */
export function getDatabaseHandle(): DatabaseHandle {
  if (!globalHandle.__database) {
    globalHandle.__database = env.DATABASE_URL
      ? openDatabase({
          kind: "postgres",
          url: env.DATABASE_URL,
          poolSize: env.DATABASE_POOL_SIZE,
          prepare: env.DATABASE_PREPARE,
        })
      : openDatabase({ kind: "pglite", dataDir: path.join(dataDir, "pglite") });
  }
  return globalHandle.__database;
}

export function getDb(): Database {
  return getDatabaseHandle().db;
}

/** Make `handle` the process's database (tests and command-line scripts). */
export function useDatabase(handle: DatabaseHandle): void {
  globalHandle.__database = handle;
}

export async function closeDatabase(): Promise<void> {
  const handle = globalHandle.__database;
  globalHandle.__database = undefined;
  await handle?.close();
}

export { schema };
