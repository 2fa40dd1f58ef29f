// The demo's broadcasts: sent, logged per role, with mixed read state — the league demo candidate
// has the league notice unread and the welcome read; the admin has the staff note unread.
import fs from "node:fs";
import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { broadcastLogs, broadcasts, notifications, users } from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { broadcastsSeeder } from "@/db/seed/seeders/broadcasts";
import { peopleSeeder } from "@/db/seed/seeders/people";
import { getBroadcastReceipts } from "@/lib/broadcasts/broadcast-receipts";
import { systemClock } from "@/lib/context";
import { contextAs } from "../attempts/support";
import { useTestDatabase, type TestDatabase } from "../support/database";

const dataDir = await vi.hoisted(async () =>
  (await import("../support/data-dir")).makeDataDir("broadcasts-seed-test"),
);

let database: TestDatabase;
beforeAll(async () => {
  database = await useTestDatabase();
  await seedDemoData(database.db, systemClock, [peopleSeeder, broadcastsSeeder]);
});
afterAll(async () => {
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const unreadSubjects = async (email: string) =>
  (
    await database.db
      .select({ subject: notifications.subject })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(and(eq(users.email, email), isNull(notifications.readAt)))
  ).map((row) => row.subject);

describe("the demo broadcasts", () => {
  it("are sent and logged, with some people having read them and some not", async () => {
    const rows = await database.db.select().from(broadcasts).orderBy(broadcasts.id);
    expect(rows.map((row) => [row.subject, row.status])).toEqual([
      ["Welcome to the 2026 competition", "sent"],
      ["League round 2 opens on Monday", "sent"],
      ["Verification queue this week", "sent"],
    ]);
    const logs = await database.db
      .select()
      .from(broadcastLogs)
      .where(eq(broadcastLogs.broadcastId, rows[1]!.id));
    expect(logs.map((log) => [log.targetRole, log.message])).toEqual([
      ["league", expect.stringMatching(/^Successfully sent to \d+ recipients?$/)],
    ]);

    const [manager] = await database.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "manager@demo.example.com"));
    const ctx = contextAs(database.db, { id: manager!.id, role: "manager", userType: "staff" });
    for (const row of rows) {
      const receipts = await getBroadcastReceipts({ ctx, input: { id: row.id } });
      expect(receipts.totals.delivered).toBeGreaterThan(0);
      expect(receipts.totals.unread).toBeGreaterThan(0);
    }
    expect(
      (await getBroadcastReceipts({ ctx, input: { id: rows[0]!.id } })).totals.read,
    ).toBeGreaterThan(0);

    expect(await unreadSubjects("league.candidate@demo.example.com")).toEqual([
      "League round 2 opens on Monday",
    ]);
    expect(await unreadSubjects("admin@demo.example.com")).toEqual([
      "Verification queue this week",
    ]);
  });
});
