// lib/exams/status.ts's window rule in SQL, for queries that count or select exams by status in
// the database: when an exam's window closes (as scheduled, or earlier when ended early).
// `table` is the exams table's name or alias in the query — a fixed word of ours, never input.
import { sql } from "drizzle-orm";

export function windowCloseSql(table: "exams" | "e") {
  return sql.raw(
    `least(${table}.scheduled_date + ${table}.open_duration_hours * interval '1 hour', ` +
      `coalesce(${table}.ended_early_at, 'infinity'::timestamptz))`,
  );
}
