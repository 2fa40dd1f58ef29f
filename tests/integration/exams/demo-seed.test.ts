// The demo exams: an exam in every status, real scores on the concluded one, an ongoing screening
// exam the demo screening candidate can take right away, and the one-minute speed round.
import fs from "node:fs";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { examAttempts, examQuestions, exams, examScores, questions, users } from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { examsSeeder } from "@/db/seed/seeders/exams";
import { peopleSeeder } from "@/db/seed/seeders/people";
import { speedRoundSeeder } from "@/db/seed/seeders/speed-round";
import { verificationsSeeder } from "@/db/seed/seeders/verifications";
import { takeExam } from "@/lib/attempts/take-exam";
import { systemActor, systemClock } from "@/lib/context";
import { examStatus } from "@/lib/exams/status";
import { useTestDatabase, type TestDatabase } from "../support/database";

const dataDir = await vi.hoisted(async () =>
  (await import("../support/data-dir")).makeDataDir("exams-seed-test"),
);

let database: TestDatabase;
beforeAll(async () => {
  database = await useTestDatabase();
  await seedDemoData(database.db, systemClock, [peopleSeeder, verificationsSeeder]);
  await seedDemoData(database.db, systemClock, [examsSeeder]);
  // A demo database seeded before the speed round existed gets it on the next start.
  await seedDemoData(database.db, systemClock, [speedRoundSeeder]);
});
afterAll(async () => {
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const userNamed = async (email: string) =>
  (await database.db.select().from(users).where(eq(users.email, email)))[0]!;

describe("demo exams", () => {
  it("seed a question bank and an exam in every status", async () => {
    const bank = await database.db.select().from(questions);
    expect(bank.length).toBeGreaterThanOrEqual(30);
    expect(new Set(bank.map((question) => question.difficulty))).toEqual(
      new Set(["easy", "moderate", "hard"]),
    );
    const moderator = await userNamed("moderator@demo.example.com");
    expect(bank.every((question) => question.createdById === moderator.id)).toBe(true);
    const rows = await database.db.select().from(exams).orderBy(asc(exams.id));
    const now = new Date();
    const statuses = rows.map((exam) => examStatus(exam, now));
    for (const status of ["draft", "scheduled", "ongoing", "concluded", "cancelled"]) {
      expect(statuses).toContain(status);
    }
    const ongoingStages = rows
      .filter((exam) => examStatus(exam, now) === "ongoing")
      .map((exam) => exam.stage);
    expect(ongoingStages).toEqual(expect.arrayContaining(["screening", "league"]));
  });

  it("give the concluded exam real automatic scores and one manual score", async () => {
    const now = new Date();
    const concluded = (await database.db.select().from(exams)).find(
      (exam) => examStatus(exam, now) === "concluded",
    )!;
    const scores = await database.db
      .select()
      .from(examScores)
      .where(eq(examScores.examId, concluded.id));
    const screening = await userNamed("screening.candidate@demo.example.com");
    const league = await userNamed("league.candidate@demo.example.com");
    const halima = await userNamed("approved.candidate2@demo.example.com");
    expect(scores).toHaveLength(4);
    expect(scores.find((score) => score.candidateId === halima.id)?.score).toBe(60);
    expect(scores.find((score) => score.candidateId === screening.id)).toMatchObject({
      autoScore: true,
      score: 80,
      correctCount: 8,
      questionCount: 10,
    });
    expect(scores.find((score) => score.candidateId === league.id)).toMatchObject({
      autoScore: false,
      score: 85,
    });
  });

  it("let the screening candidate take the ongoing screening exam", async () => {
    const now = new Date();
    const ongoing = (await database.db.select().from(exams)).find(
      (exam) => exam.title === "Screening exam — open now",
    )!;
    expect(examStatus(ongoing, now)).toBe("ongoing");
    const candidate = await userNamed("screening.candidate@demo.example.com");
    const payload = await takeExam({
      ctx: {
        db: database.db,
        actor: {
          ...systemActor,
          user: {
            id: candidate.id,
            userType: "candidate",
            role: candidate.role,
            isUserVerified: candidate.isUserVerified,
            sessionId: null,
          },
        },
        clock: systemClock,
      },
      input: { examId: ongoing.id },
    });
    expect(payload.countdown_minutes).toBe(20);
    expect(payload.questions).toHaveLength(10);
    const attempts = await database.db
      .select()
      .from(examAttempts)
      .where(eq(examAttempts.examId, ongoing.id));
    expect(attempts.map((attempt) => attempt.candidateId)).toEqual([candidate.id]);
  });

  it("include a one-minute screening speed round that is open now and for days to come", async () => {
    const [speed, ...others] = await database.db
      .select()
      .from(exams)
      .where(eq(exams.title, "Speed round — 1 minute"));
    expect(others).toHaveLength(0);
    expect(speed).toMatchObject({ stage: "screening", countdownMinutes: 1, isActive: true });
    const now = Date.now();
    expect(examStatus(speed!, new Date(now))).toBe("ongoing");
    expect(examStatus(speed!, new Date(now + 7 * 24 * 3_600_000))).toBe("ongoing");
    const easy = await database.db
      .select({ difficulty: questions.difficulty })
      .from(examQuestions)
      .innerJoin(questions, eq(questions.id, examQuestions.questionId))
      .where(eq(examQuestions.examId, speed!.id));
    expect(easy.map((question) => question.difficulty)).toEqual(Array(5).fill("easy"));
  });
});
