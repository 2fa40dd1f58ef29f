// The rows of a raw SQL query, whichever driver runs it: postgres.js returns them as an array,
// PGlite as `{ rows }`. For aggregates written as SQL (window functions, CTEs) that the query
// builder would only obscure; cast columns in the SQL (`::int`, `::float8`) so both drivers
// return numbers.
import type { SQL } from "drizzle-orm";
import type { Executor } from "./client";

export async function selectRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
