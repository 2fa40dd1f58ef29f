// The jobs tests' common ground: one database per file, an empty queue (job runs and outbox)
// before each test, and a test clock the runner reads (`time.now` may be set or advanced).
import { afterAll, beforeAll, beforeEach } from "vitest";
import { eventOutbox, jobRuns } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "../support/database";

export const jobsStart = new Date("2026-05-01T09:00:00Z");

export function useJobsSuite() {
  let database: TestDatabase | undefined;
  const time = { now: jobsStart };
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });
  beforeEach(async () => {
    time.now = jobsStart;
    await database!.db.delete(jobRuns);
    await database!.db.delete(eventOutbox);
  });
  return {
    get db() {
      if (!database) throw new Error("the jobs suite's database opens in beforeAll");
      return database.db;
    },
    time,
    clock: { now: () => time.now },
    advance: (ms: number) => {
      time.now = new Date(time.now.getTime() + ms);
    },
  };
}
