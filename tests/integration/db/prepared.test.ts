// db/prepared.ts on the real driver of this run (PGlite, or postgres.js with DATABASE_URL): the
// same rows as Drizzle, inside a transaction on the transaction's own connection, and the same
// statement many times over (postgres.js reuses its named statement); and Drizzle queries
// prepared once per handle (preparedPerDatabase).
import { eq, sql } from "drizzle-orm";
import { integer, pgTable, text } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Executor } from "@/db/client";
import { preparedPerDatabase, runPrepared } from "@/db/prepared";
import { createTestDatabase, type TestDatabase } from "../support/database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.execute(sql`create table prepared_probe (id integer primary key, label text)`);
});
afterAll(async () => database?.close());

const insert =
  "insert into prepared_probe (id, label) values ($1::integer, $2::text) returning id, label";
const byId = "select id, label from prepared_probe where id = $1::integer";

describe("runPrepared", () => {
  it("runs a parameterised statement and returns its rows, again and again", async () => {
    for (let id = 1; id <= 20; id += 1) {
      const rows = await runPrepared<{ id: number; label: string }>(database.db, insert, [
        id,
        `row ${id}`,
      ]);
      expect(rows).toEqual([{ id, label: `row ${id}` }]);
    }
    const [row] = await runPrepared<{ id: number; label: string }>(database.db, byId, [7]);
    expect(row).toEqual({ id: 7, label: "row 7" });
    expect(await runPrepared(database.db, byId, [999])).toEqual([]);
  });

  it("inside a transaction, runs on the transaction: its write is seen there and rolled back with it", async () => {
    const rollback = new Error("roll back");
    await expect(
      database.db.transaction(async (tx) => {
        await runPrepared(tx, insert, [100, "in transaction"]);
        const seen = await runPrepared<{ label: string }>(tx, byId, [100]);
        expect(seen).toEqual([{ id: 100, label: "in transaction" }]);
        if (database.kind === "postgres") {
          // postgres.js named the statement on this connection: Postgres lists it as prepared.
          const prepared = await tx.execute(
            sql`select count(*)::int as n from pg_prepared_statements where statement like '%from prepared_probe where id%'`,
          );
          expect((prepared as unknown as { n: number }[])[0]!.n).toBe(1);
        }
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(await runPrepared(database.db, byId, [100])).toEqual([]);
  });

  // Postgres only: the setting belongs to postgres.js; PGlite has none.
  it.runIf(Boolean(process.env.DATABASE_URL))(
    "with prepare: false on the client (DATABASE_PREPARE=false), runs the same text unnamed",
    async () => {
      const url = new URL(process.env.DATABASE_URL!);
      url.pathname = `/${database.name}`;
      const unprepared = openDatabase({ kind: "postgres", url: url.toString(), prepare: false });
      try {
        await unprepared.db.transaction(async (tx) => {
          const rows = await runPrepared<{ label: string }>(tx, byId, [7]);
          expect(rows).toEqual([{ id: 7, label: "row 7" }]);
          const prepared = await tx.execute(
            sql`select count(*)::int as n from pg_prepared_statements`,
          );
          expect((prepared as unknown as { n: number }[])[0]!.n).toBe(0);
        });
      } finally {
        await unprepared.close();
      }
    },
  );

  it("refuses a handle with no driver client under it", async () => {
    await expect(runPrepared({} as Executor, byId, [1])).rejects.toThrow(
      /no postgres.js or PGlite client/,
    );
  });
});

describe("preparedPerDatabase", () => {
  const probe = pgTable("prepared_probe", { id: integer("id").primaryKey(), label: text("label") });
  const labelOf = preparedPerDatabase((db) =>
    db
      .select({ label: probe.label })
      .from(probe)
      .where(eq(probe.id, sql.placeholder("id")))
      .prepare("probe_label"),
  );

  it("builds one prepared query per handle and runs it with each call's values", async () => {
    expect(labelOf(database.db)).toBe(labelOf(database.db));
    for (let round = 0; round < 10; round += 1) {
      expect(await labelOf(database.db).execute({ id: 3 })).toEqual([{ label: "row 3" }]);
      expect(await labelOf(database.db).execute({ id: 4 })).toEqual([{ label: "row 4" }]);
    }
    expect(await labelOf(database.db).execute({ id: 999 })).toEqual([]);
  });

  it("gives a transaction its own, which sees the transaction's writes", async () => {
    const rollback = new Error("roll back");
    await expect(
      database.db.transaction(async (tx) => {
        await tx.insert(probe).values({ id: 200, label: "in transaction" });
        expect(labelOf(tx)).not.toBe(labelOf(database.db));
        expect(await labelOf(tx).execute({ id: 200 })).toEqual([{ label: "in transaction" }]);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(await labelOf(database.db).execute({ id: 200 })).toEqual([]);
  });
});
