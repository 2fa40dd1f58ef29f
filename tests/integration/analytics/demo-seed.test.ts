// The demo's item-analysis data: a spring screening round of 300 generated candidates whose
// analysis is meaningful (a spread of scores, a reliable exam) and flags the deliberately mis-keyed
// question; the top 30 % promoted to league and scored on its qualifier; the same every time.
import fs from "node:fs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { exams, examScores, users } from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { examsSeeder } from "@/db/seed/seeders/exams";
import {
  analysisExamTitles,
  flawedQuestion,
  itemAnalysisSeeder,
} from "@/db/seed/seeders/item-analysis";
import { peopleSeeder } from "@/db/seed/seeders/people";
import { getAnalyticsDashboard } from "@/lib/analytics/get-analytics-dashboard";
import { getExamAnalysis } from "@/lib/analytics/get-exam-analysis";
import { systemClock } from "@/lib/context";
import { contextAs } from "../attempts/support";
import { useTestDatabase, type TestDatabase } from "../support/database";

const dataDir = await vi.hoisted(async () =>
  (await import("../support/data-dir")).makeDataDir("analysis-seed-test"),
);

let database: TestDatabase;
beforeAll(async () => {
  database = await useTestDatabase();
  await seedDemoData(database.db, systemClock, [peopleSeeder, examsSeeder, itemAnalysisSeeder]);
}, 120_000);
afterAll(async () => {
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function adminContext() {
  const [admin] = await database.db
    .select()
    .from(users)
    .where(eq(users.email, "admin@demo.example.com"));
  return contextAs(database.db, { ...admin!, userType: "staff" }, () => new Date());
}

const examTitled = async (title: string) =>
  (await database.db.select().from(exams).where(eq(exams.title, title)))[0]!;

describe("the demo's item-analysis data", () => {
  it("gives the spring round a meaningful analysis that flags the mis-keyed question", async () => {
    const spring = await examTitled(analysisExamTitles.screening);
    const analysis = await getExamAnalysis({
      ctx: await adminContext(),
      input: { id: spring.id },
    });
    expect(analysis.exam.status).toBe("concluded");
    expect(analysis.scores.count).toBe(300);
    expect(analysis.completion).toMatchObject({ started: 300, submitted: 300 });
    expect(analysis.completion.automatic_submissions).toBeGreaterThan(5);
    expect(analysis.questions).toHaveLength(21);
    // A spread: scores in at least six of the ten bins, a median in the middle, a reliable exam.
    expect(analysis.scores.histogram.filter((bin) => bin.count > 0).length).toBeGreaterThan(5);
    expect(analysis.scores.median.value).toBeGreaterThan(35);
    expect(analysis.scores.median.value).toBeLessThan(85);
    expect(analysis.reliability.kr20.value).toBeGreaterThan(0.7);

    const flawed = analysis.questions.find((question) => question.text === flawedQuestion.text)!;
    expect(flawed.correct_answer).toBe("C");
    expect(flawed.discrimination.value).toBeLessThan(0);
    expect(flawed.flags).toEqual(
      expect.arrayContaining(["negative_discrimination", "distractor_beats_key_in_top_group"]),
    );
    // The truly right answer (B) is the top group's choice; the others discriminate positively.
    expect(flawed.options.B.count).toBeGreaterThan(flawed.options.C.count);
    const others = analysis.questions.filter((question) => question !== flawed);
    expect(others.every((question) => (question.discrimination.value ?? 0) > 0.1)).toBe(true);
    expect(others.some((question) => question.flags.includes("too_easy"))).toBe(true);
  });

  it("promotes the top 30 % to league and scores them on the qualifier", async () => {
    const league = await examTitled(analysisExamTitles.league);
    const scored = await database.db
      .select({ role: users.role })
      .from(examScores)
      .innerJoin(users, eq(users.id, examScores.candidateId))
      .where(eq(examScores.examId, league.id));
    expect(scored).toHaveLength(90);
    expect(scored.every((row) => row.role === "league")).toBe(true);

    const dashboard = await getAnalyticsDashboard({ ctx: await adminContext() });
    const screening = dashboard.pass_through.find((row) => row.from === "screening")!;
    expect(screening.advanced).toBeGreaterThanOrEqual(90);
    expect(dashboard.lowest_reliability.map((row) => row.title)).toEqual(
      expect.arrayContaining([analysisExamTitles.screening, analysisExamTitles.league]),
    );
    expect(dashboard.activity.some((row) => row.attempts_submitted > 0)).toBe(true);
  });

  it("is generated the same way every time (a fixed seed)", async () => {
    const spring = await examTitled(analysisExamTitles.screening);
    const scores = await database.db
      .select({ score: examScores.score })
      .from(examScores)
      .where(eq(examScores.examId, spring.id));
    const again = await useTestDatabase();
    try {
      await seedDemoData(again.db, systemClock, [peopleSeeder, examsSeeder, itemAnalysisSeeder]);
      const [other] = await again.db
        .select()
        .from(exams)
        .where(eq(exams.title, analysisExamTitles.screening));
      const otherScores = await again.db
        .select({ score: examScores.score })
        .from(examScores)
        .where(eq(examScores.examId, other!.id));
      const sorted = (rows: { score: number }[]) => rows.map((row) => row.score).sort();
      expect(sorted(otherScores)).toEqual(sorted(scores));
    } finally {
      await again.close();
    }
  }, 120_000);
});
