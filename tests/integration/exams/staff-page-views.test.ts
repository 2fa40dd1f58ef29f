// The staff exam pages' extra reads: examListExtras (timing, attempts, scores and their average
// per exam) and listExamResultRows (results with the candidate's id, email and attempt time).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { examAttempts, examScores } from "@/db/schema";
import { systemActor, type Context } from "@/lib/context";
import { NotFound } from "@/lib/errors";
import { examListExtras } from "@/lib/exams/list-extras";
import { listExamResultRows } from "@/lib/results/list-exam-result-rows";
import { useTestDatabase, type TestDatabase } from "../support/database";
import { createUser } from "../support/factories";
import { createExamRow, createQuestion, hours } from "./support";

let database: TestDatabase;
let ctx: Context;
const now = new Date("2026-03-01T12:00:00Z");

beforeAll(async () => {
  database = await useTestDatabase();
  ctx = { db: database.db, actor: systemActor, clock: { now: () => now } };
});
afterAll(async () => {
  await database.close();
});

async function attempt(examId: number, candidateId: string, submittedAt: Date | null) {
  const startedAt = new Date(now.getTime() - hours(2));
  await database.db.insert(examAttempts).values({
    examId,
    candidateId,
    startedAt,
    deadline: new Date(startedAt.getTime() + hours(1)),
    submittedAt,
    submissionKind: submittedAt ? "candidate" : null,
  });
}

async function score(
  examId: number,
  candidateId: string,
  value: number,
  extra: {
    autoScore?: boolean;
    submittedById?: string;
    recordedAt?: Date;
    correctCount?: number;
    questionCount?: number;
  } = {},
) {
  const recordedAt = extra.recordedAt ?? now;
  await database.db.insert(examScores).values({
    examId,
    candidateId,
    score: value,
    autoScore: extra.autoScore ?? true,
    submittedById: extra.submittedById ?? null,
    correctCount: extra.correctCount ?? null,
    questionCount: extra.questionCount ?? null,
    recordedAt,
    updatedAt: recordedAt,
  });
}

describe("examListExtras", () => {
  it("counts attempts and scores, averages scores, and keeps the order of the ids", async () => {
    const busy = await createExamRow(database.db, {
      scheduledDate: new Date(now.getTime() - hours(30)),
      countdownMinutes: 25,
      openDurationHours: 12,
    });
    const quiet = await createExamRow(database.db, { isActive: false, countdownMinutes: 90 });
    const deleted = await createExamRow(database.db, { deletedAt: now });
    const [first, second, third] = await Promise.all(
      [1, 2, 3].map(() => createUser(database.db, { userType: "candidate" })),
    );
    await attempt(busy.id, first!.id, now);
    await attempt(busy.id, second!.id, now);
    await attempt(busy.id, third!.id, null);
    await score(busy.id, first!.id, 80);
    await score(busy.id, second!.id, 55.555);
    await score(busy.id, third!.id, 70, { autoScore: false });

    const extras = await examListExtras({
      ctx,
      input: { ids: [quiet.id, busy.id, deleted.id, 2147483000, busy.id] },
    });
    expect(extras).toEqual([
      {
        id: quiet.id,
        countdown_minutes: 90,
        open_duration_hours: 24,
        is_active: false,
        attempts: 0,
        scores: 0,
        average_score: null,
      },
      {
        id: busy.id,
        countdown_minutes: 25,
        open_duration_hours: 12,
        is_active: true,
        attempts: 3,
        scores: 3,
        // 80 + 55.56 (stored with two decimals) + 70, over 3.
        average_score: 68.52,
      },
    ]);
    expect(await examListExtras({ ctx, input: { ids: [] } })).toEqual([]);
  });
});

describe("listExamResultRows", () => {
  it("lists scores best first with the candidate's id, email and attempt time", async () => {
    const question = await createQuestion(database.db);
    const exam = await createExamRow(database.db, {}, [question.id]);
    const admin = await createUser(database.db, {
      role: "admin",
      firstName: "Grace",
      lastName: "Hopper",
    });
    const taker = await createUser(database.db, {
      userType: "candidate",
      firstName: "Ada",
      lastName: "Lovelace",
      school: "Analytical School",
    });
    const manual = await createUser(database.db, {
      userType: "candidate",
      firstName: "Alan",
      lastName: "Turing",
    });
    const tiedLater = await createUser(database.db, { userType: "candidate" });
    const submittedAt = new Date(now.getTime() - hours(1));
    await attempt(exam.id, taker.id, submittedAt);
    await score(exam.id, taker.id, 60, {
      recordedAt: new Date(now.getTime() - hours(1)),
      correctCount: 3,
      questionCount: 5,
    });
    await score(exam.id, tiedLater.id, 60, { autoScore: true });
    await score(exam.id, manual.id, 92.5, { autoScore: false, submittedById: admin.id });
    // Another exam's score stays out.
    const other = await createExamRow(database.db);
    await score(other.id, taker.id, 10);

    const rows = await listExamResultRows({ ctx, input: { id: exam.id } });
    expect(rows.map((row) => row.candidate_id)).toEqual([manual.id, taker.id, tiedLater.id]);
    expect(rows[0]).toEqual({
      candidate_id: manual.id,
      candidate_name: "Alan Turing",
      candidate_email: manual.email,
      candidate_school: null,
      score: 92.5,
      auto_score: false,
      score_submitted_by: "Grace Hopper",
      recorded_at: now.toISOString(),
      attempt_submitted_at: null,
      correct_count: null,
      question_count: null,
    });
    expect(rows[1]).toMatchObject({
      candidate_name: "Ada Lovelace",
      candidate_email: taker.email,
      candidate_school: "Analytical School",
      score: 60,
      auto_score: true,
      score_submitted_by: "Auto Score",
      attempt_submitted_at: submittedAt.toISOString(),
      correct_count: 3,
      question_count: 5,
    });
  });

  it("is empty for an exam nobody took, and 404 for an unknown or deleted exam", async () => {
    const exam = await createExamRow(database.db);
    expect(await listExamResultRows({ ctx, input: { id: exam.id } })).toEqual([]);
    const deleted = await createExamRow(database.db, { deletedAt: now });
    await expect(listExamResultRows({ ctx, input: { id: deleted.id } })).rejects.toBeInstanceOf(
      NotFound,
    );
    await expect(listExamResultRows({ ctx, input: { id: 2147483000 } })).rejects.toBeInstanceOf(
      NotFound,
    );
  });
});
