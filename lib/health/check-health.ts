import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import type { Clock } from "@/lib/context";
import { services } from "@/lib/env";

export type HealthReport = {
  status: "healthy" | "unhealthy";
  timestamp: string;
  checks: { database: "ok" | "unreachable" };
  services: typeof services;
};

/** The database must answer a query within `timeoutMs`; everything else is reported, not tested. */
export async function checkHealth(
  db: Executor,
  clock: Clock,
  timeoutMs = 3_000,
): Promise<HealthReport> {
  let database: HealthReport["checks"]["database"] = "ok";
  try {
    await Promise.race([
      db.execute(sql`select 1`),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error("database timeout")), timeoutMs).unref(),
      ),
    ]);
  } catch {
    database = "unreachable";
  }
  return {
    status: database === "ok" ? "healthy" : "unhealthy",
    timestamp: clock.now().toISOString(),
    checks: { database },
    services,
  };
}
