// Hot paths only (the exam autosave, and the session read every authenticated request makes):
// run one constant SQL text with $1…$n parameters as a prepared statement. Drizzle sends every
// query unnamed, so Postgres parses, plans and describes it again on each call and postgres.js
// decodes the description again; a named statement is parsed once per connection and then only
// bound and executed. Everything else keeps Drizzle.
//
// The text must be a constant (postgres.js keeps one statement per distinct text per connection,
// so a text built from input would grow that cache without bound) and cast its parameters
// (`$1::integer`) so that both drivers send them with the same types. DATABASE_PREPARE=false
// (a pooler that cannot keep named statements) turns naming off in the client: the same call
// then sends the text unnamed.
import type { Executor } from "./client";

type PostgresJsClient = {
  unsafe: (text: string, params: unknown[], options: { prepare: boolean }) => Promise<unknown[]>;
};
type PgliteClient = { query: (text: string, params: unknown[]) => Promise<{ rows: unknown[] }> };

/**
 * The driver's own client under a Drizzle database or transaction: postgres.js (the pool, or the
 * connection a transaction holds) or PGlite (the instance, or its transaction). Drizzle keeps it
 * as `session.client` on both; it is not part of Drizzle's typed API, so it is checked here.
 */
function driverClient(db: Executor): PostgresJsClient | PgliteClient {
  const client = (db as unknown as { session?: { client?: unknown } }).session?.client;
  if (client && typeof (client as PostgresJsClient).unsafe === "function")
    return client as PostgresJsClient;
  if (client && typeof (client as PgliteClient).query === "function") return client as PgliteClient;
  throw new Error("runPrepared: no postgres.js or PGlite client under this Drizzle handle.");
}

/** The rows of `text` run with `params`, as a named prepared statement on postgres.js. */
export async function runPrepared<Row>(
  db: Executor,
  text: string,
  params: readonly unknown[],
): Promise<Row[]> {
  const client = driverClient(db);
  if ("unsafe" in client)
    return (await client.unsafe(text, [...params], { prepare: true })) as Row[];
  return (await client.query(text, [...params])).rows as Row[];
}

/**
 * A Drizzle query prepared once per database handle, for reads every page load makes (a
 * candidate's dashboard, their place on a board): `build(db)` returns `query.prepare(name)` with
 * `sql.placeholder(…)` for what varies, and each call runs it with `.execute({…})`. On postgres.js
 * Drizzle then sends it as a named statement (parsed and planned once per connection, instead of
 * on every call — measured at about 1 ms of Postgres's time per query by bench/dashboards). Keyed
 * by handle, so test databases and transactions each get their own.
 */
export function preparedPerDatabase<Query>(
  build: (db: Executor) => Query,
): (db: Executor) => Query {
  const byDatabase = new WeakMap<Executor, Query>();
  return (db) => {
    let query = byDatabase.get(db);
    if (!query) byDatabase.set(db, (query = build(db)));
    return query;
  };
}
