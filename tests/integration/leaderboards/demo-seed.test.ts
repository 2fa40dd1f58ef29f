// The demo's published leaderboard: the league round's board with a tie the rule separates by time
// and two it cannot (shared ranks), and the concluded screening exam's board beside it.
import fs from "node:fs";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  examAttempts,
  exams,
  examScores,
  leaderboardBoards,
  leaderboardEntries,
  leaderboardSnapshots,
  users,
} from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { examsSeeder } from "@/db/seed/seeders/exams";
import { leaderboardsSeeder } from "@/db/seed/seeders/leaderboards";
import { peopleSeeder } from "@/db/seed/seeders/people";
import { verificationsSeeder } from "@/db/seed/seeders/verifications";
import { systemClock } from "@/lib/context";
import { useTestDatabase, type TestDatabase } from "../support/database";

const dataDir = await vi.hoisted(async () =>
  (await import("../support/data-dir")).makeDataDir("leaderboards-seed-test"),
);

let database: TestDatabase;
beforeAll(async () => {
  database = await useTestDatabase();
  await seedDemoData(database.db, systemClock, [
    peopleSeeder,
    verificationsSeeder,
    examsSeeder,
    leaderboardsSeeder,
  ]);
});
afterAll(async () => {
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("the demo leaderboard", () => {
  it("is published with a league board whose ties the rule separates or shares", async () => {
    const snapshots = await database.db.select().from(leaderboardSnapshots);
    expect(snapshots).toHaveLength(1);
    const boards = await database.db
      .select()
      .from(leaderboardBoards)
      .orderBy(asc(leaderboardBoards.stage), asc(leaderboardBoards.examTitle));
    expect(
      boards.map((board) => [board.stage, board.level, board.examTitle, board.isShown]),
    ).toEqual([
      ["screening", 1, "Screening exam — last month", true],
      ["league", 1, "League round 1 — last week", true],
      // The earlier round of the same stage and level is kept, not shown (CONTRACT §9).
      ["league", 1, "League warm-up — two weeks ago", false],
    ]);
    const league = boards.find((board) => board.isShown && board.stage === "league")!;
    const entries = await database.db
      .select({
        name: users.firstName,
        rank: leaderboardEntries.rank,
        score: leaderboardEntries.score,
        decidedBy: leaderboardEntries.decidedBy,
      })
      .from(leaderboardEntries)
      .innerJoin(users, eq(users.id, leaderboardEntries.candidateId))
      .where(eq(leaderboardEntries.examId, league.examId))
      .orderBy(asc(leaderboardEntries.position));
    expect(entries.map((entry) => [entry.name, entry.rank, entry.score, entry.decidedBy])).toEqual([
      ["Chioma", 1, 100, "top"],
      ["Kunle", 2, 90, "score"],
      ["Ngozi", 3, 80, "score"],
      ["Zainab", 4, 80, "time_used"],
      ["Tunde", 4, 80, "submitted_at"],
      ["Amaka", 6, 70, "score"],
      ["Ibrahim", 7, 70, "time_used"],
      ["Funmi", 8, 60, "score"],
      ["Emeka", 8, 60, "submitted_at"],
      ["Halima", 10, 50, "score"],
      ["Yemi", 11, 40, "score"],
    ]);
  });

  it("gives the league demo candidate a score history, recorded when each exam was submitted", async () => {
    const [zainab] = await database.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "league.candidate@demo.example.com"));
    const history = await database.db
      .select({
        title: exams.title,
        score: examScores.score,
        recordedAt: examScores.recordedAt,
        submittedAt: examAttempts.submittedAt,
      })
      .from(examScores)
      .innerJoin(exams, eq(exams.id, examScores.examId))
      .leftJoin(
        examAttempts,
        and(
          eq(examAttempts.examId, examScores.examId),
          eq(examAttempts.candidateId, examScores.candidateId),
        ),
      )
      .where(eq(examScores.candidateId, zainab!.id))
      .orderBy(asc(examScores.recordedAt));
    expect(history.map((row) => [row.title, Number(row.score)])).toEqual([
      ["Screening exam — last month", 85],
      ["League warm-up — two weeks ago", 70],
      ["League round 1 — last week", 80],
    ]);
    for (const row of history.filter((entry) => entry.submittedAt)) {
      expect(row.recordedAt.getTime()).toBe(row.submittedAt!.getTime());
    }
  });
});
