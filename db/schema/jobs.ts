import {
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

export const jobRunStatusEnum = pgEnum("job_run_status", [
  "queued",
  "running",
  "completed",
  "failed",
]);

/**
 * Runs of Inngest functions executed in-process (embedded mode). One row per (function, trigger):
 * the unique index is what makes an event run a function exactly once, even across restarts.
 */
export const jobRuns = pgTable(
  "job_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    functionId: text("function_id").notNull(),
    triggerKey: text("trigger_key").notNull(),
    eventName: text("event_name").notNull(),
    eventData: jsonb("event_data").notNull(),
    status: jobRunStatusEnum("status").notNull().default("queued"),
    attempt: integer("attempt").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull(),
    /** The run's concurrency group (the key's value, "*" per function); null: no limit. */
    concurrencyKey: text("concurrency_key"),
    runAt: timestamp("run_at", { withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    output: jsonb("output"),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (table) => [
    uniqueIndex("job_runs_function_trigger_unique").on(table.functionId, table.triggerKey),
    index("job_runs_due_idx").on(table.status, table.runAt),
    index("job_runs_concurrency_idx").on(table.functionId, table.concurrencyKey, table.status),
  ],
);

/** Memoised `step.run` results, so a retried or resumed run skips the steps already done. */
export const jobSteps = pgTable(
  "job_steps",
  {
    runId: uuid("run_id")
      .notNull()
      .references(() => jobRuns.id, { onDelete: "cascade" }),
    stepId: text("step_id").notNull(),
    output: jsonb("output"),
    completedAt: timestamp("completed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.runId, table.stepId] })],
);
