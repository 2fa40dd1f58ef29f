// The scheduled sweep of self-registered staff who never verified their email (15 minutes).
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { deleteUnverifiedStaffFunction } from "@/inngest/functions/accounts/delete-unverified-staff";
import { deleteUnverifiedStaff } from "@/lib/accounts/delete-unverified-staff";
import { systemActor, useClock } from "@/lib/context";
import { InProcessRunner } from "@/lib/jobs/in-process-runner";
import { useTestDatabase, type TestDatabase } from "../support/database";
import { createUser } from "../support/factories";

let database: TestDatabase;
beforeAll(async () => {
  database = await useTestDatabase();
});
afterAll(async () => {
  useClock(undefined);
  await database.close();
});

const registeredAt = new Date("2026-06-01T08:00:00Z");
const exists = async (id: string) =>
  (await database.db.select({ id: users.id }).from(users).where(eq(users.id, id))).length === 1;

describe("deleteUnverifiedStaff", () => {
  it("deletes only self-registered, unverified staff older than 15 minutes", async () => {
    const base = { isEmailVerified: false, isUserVerified: false, dateJoined: registeredAt };
    const doomed = await createUser(database.db, {
      ...base,
      userType: "staff",
      registrationSource: "self",
    });
    const verified = await createUser(database.db, {
      ...base,
      isEmailVerified: true,
      userType: "staff",
      registrationSource: "self",
    });
    const invited = await createUser(database.db, {
      ...base,
      userType: "staff",
      registrationSource: "invite",
    });
    const admin = await createUser(database.db, {
      ...base,
      userType: "staff",
      registrationSource: "admin",
    });
    const candidate = await createUser(database.db, {
      ...base,
      userType: "candidate",
      registrationSource: "self",
    });

    const ctx = (now: Date) => ({ db: database.db, actor: systemActor, clock: { now: () => now } });
    expect(
      await deleteUnverifiedStaff({ ctx: ctx(new Date(registeredAt.getTime() + 15 * 60_000)) }),
    ).toEqual({ deleted: [] });
    expect(await exists(doomed.id)).toBe(true);

    const result = await deleteUnverifiedStaff({
      ctx: ctx(new Date(registeredAt.getTime() + 15 * 60_000 + 1)),
    });
    expect(result.deleted).toEqual([doomed.id]);
    for (const kept of [verified, invited, admin, candidate])
      expect(await exists(kept.id)).toBe(true);
  });

  it("runs every minute as a scheduled background function", async () => {
    const late = await createUser(database.db, {
      userType: "staff",
      registrationSource: "self",
      isEmailVerified: false,
      dateJoined: registeredAt,
    });
    let now = new Date(registeredAt.getTime() + 10 * 60_000);
    const clock = { now: () => now };
    useClock(clock); // the function uses the process clock through systemContext()
    const runner = new InProcessRunner({
      db: database.db,
      functions: [deleteUnverifiedStaffFunction],
      clock,
    });
    await runner.tick(); // schedules the next minute's tick
    now = new Date(registeredAt.getTime() + 11 * 60_000);
    await runner.tick();
    expect(await exists(late.id)).toBe(true);
    now = new Date(registeredAt.getTime() + 16 * 60_000);
    await runner.tick();
    expect(await exists(late.id)).toBe(false);
  });
});
