// Each integration test file gets a database of its own: an in-memory PGlite by default, or a
// freshly created Postgres database when DATABASE_URL is set (dropped again afterwards).
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openDatabase, useDatabase, type DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

export type TestDatabase = DatabaseHandle & { name: string };

export async function createTestDatabase(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const handle = openDatabase({ kind: "pglite", dataDir: null });
    await migrateDatabase(handle);
    return { ...handle, name: "pglite:memory" };
  }
  const name = `test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  const handle = openDatabase({ kind: "postgres", url: target.toString(), poolSize: 5 });
  await migrateDatabase(handle);
  return {
    ...handle,
    name,
    close: async () => {
      await handle.close();
      const cleanup = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await cleanup.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

/** Create a test database and make it the process's database (what route handlers use). */
export async function useTestDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  useDatabase(database);
  return database;
}
