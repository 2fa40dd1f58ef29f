// Auto-submit at the deadline, scoring (formula, archived questions, idempotence, manual scores)
// and rescoring after a corrected answer, through the lib functions and the background functions.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { eventOutbox, examAttempts, examScores, questions as questionTable } from "@/db/schema";
import { rescoreCorrectedQuestionFunction } from "@/inngest/functions/exams/rescore-corrected-question";
import { scoreSubmittedAttemptFunction } from "@/inngest/functions/exams/score-submitted-attempt";
import { scoreUnscoredAttemptsFunction } from "@/inngest/functions/exams/score-unscored-attempts";
import { autoSubmitExpired } from "@/lib/attempts/auto-submit";
import { systemActor, type Context } from "@/lib/context";
import { InProcessRunner } from "@/lib/jobs/in-process-runner";
import { scoreAttempt } from "@/lib/scoring/score-attempt";
import {
  advance,
  at,
  examWithQuestions,
  minutes,
  putAnswer,
  setNow,
  submitAttempt,
  T0,
  useAttemptsSuite,
} from "./support";

const suite = useAttemptsSuite();

const ctx = (): Context => ({ db: suite.db, actor: systemActor, clock: { now: at } });

async function answer(userId: string, examId: number, questionId: number, option: string, seq = 1) {
  const headers = await suite.headersFor(userId);
  const response = await putAnswer(examId, questionId, headers, { selected_option: option, seq });
  expect(response.status).toBe(200);
}

async function submit(userId: string, examId: number) {
  const response = await submitAttempt(examId, await suite.headersFor(userId));
  expect(response.status).toBe(201);
}

const scoreOf = async (attemptId: string) =>
  (await suite.db.select().from(examScores).where(eq(examScores.attemptId, attemptId)))[0];

describe("scoring", () => {
  it("scores correct answers over non-archived questions, rounded to 2 decimals, with time used", async () => {
    // Four questions (A, B, C, D); one archived after the candidate answered it correctly.
    const { exam, questions } = await examWithQuestions(suite.db, 4);
    const { user, attemptId } = await suite.startedCandidate(exam.id);
    await answer(user.id, exam.id, questions[0]!.id, "A"); // right
    await answer(user.id, exam.id, questions[1]!.id, "C"); // wrong
    await answer(user.id, exam.id, questions[2]!.id, ""); // blank
    await answer(user.id, exam.id, questions[3]!.id, "D"); // right, but archived below
    advance(minutes(12) + 345);
    await submit(user.id, exam.id);
    await suite.db
      .update(questionTable)
      .set({ isArchived: true, archivedAt: at() })
      .where(eq(questionTable.id, questions[3]!.id));
    const result = await scoreAttempt({ ctx: ctx(), input: { attemptId } });
    expect(result).toMatchObject({ score: 33.33, correct: 1, total: 3, written: true });
    const row = await scoreOf(attemptId);
    expect(row).toMatchObject({
      examId: exam.id,
      candidateId: user.id,
      score: 33.33,
      autoScore: true,
      correctCount: 1,
      questionCount: 3,
      timeUsedSeconds: 720,
    });
    const [attempt] = await suite.db
      .select()
      .from(examAttempts)
      .where(eq(examAttempts.id, attemptId));
    expect(attempt!.scoredAt).not.toBeNull();
    // Idempotent: the same result, still one row.
    await scoreAttempt({ ctx: ctx(), input: { attemptId } });
    const rows = await suite.db.select().from(examScores).where(eq(examScores.examId, exam.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.score).toBe(33.33);
  });

  it("does not score an attempt that is still open", async () => {
    const { exam } = await examWithQuestions(suite.db, 1);
    const { attemptId } = await suite.startedCandidate(exam.id);
    expect(await scoreAttempt({ ctx: ctx(), input: { attemptId } })).toBeNull();
    expect(await scoreOf(attemptId)).toBeUndefined();
  });

  it("never overwrites a manual score", async () => {
    const { exam, questions } = await examWithQuestions(suite.db, 2);
    const { user, attemptId } = await suite.startedCandidate(exam.id);
    await answer(user.id, exam.id, questions[0]!.id, "A");
    await submit(user.id, exam.id);
    await suite.db.insert(examScores).values({
      examId: exam.id,
      candidateId: user.id,
      score: 91.5,
      autoScore: false,
      recordedAt: at(),
      updatedAt: at(),
    });
    const result = await scoreAttempt({ ctx: ctx(), input: { attemptId } });
    expect(result).toMatchObject({ score: 50, written: false });
    const [row] = await suite.db
      .select()
      .from(examScores)
      .where(eq(examScores.candidateId, user.id));
    expect([row!.score, row!.autoScore]).toEqual([91.5, false]);
  });

  it("rescores every submitted attempt of the exams holding a corrected question", async () => {
    const { exam, questions } = await examWithQuestions(suite.db, 2);
    const one = await suite.startedCandidate(exam.id);
    const two = await suite.startedCandidate(exam.id);
    await answer(one.user.id, exam.id, questions[0]!.id, "B"); // wrong until corrected
    await answer(two.user.id, exam.id, questions[0]!.id, "A");
    await submit(one.user.id, exam.id);
    await submit(two.user.id, exam.id);
    await scoreAttempt({ ctx: ctx(), input: { attemptId: one.attemptId } });
    await scoreAttempt({ ctx: ctx(), input: { attemptId: two.attemptId } });
    expect([(await scoreOf(one.attemptId))!.score, (await scoreOf(two.attemptId))!.score]).toEqual([
      0, 50,
    ]);
    await suite.db
      .update(questionTable)
      .set({ correctAnswer: "B" })
      .where(eq(questionTable.id, questions[0]!.id));
    const result = await rescoreCorrectedQuestionFunction.handler({
      event: { name: "question/answer.corrected", data: { questionId: questions[0]!.id } },
      step: { run: (_id: string, fn: () => unknown) => fn() } as never,
      runId: "test",
      attempt: 0,
    });
    expect(result).toEqual({ rescored: 2 });
    expect([(await scoreOf(one.attemptId))!.score, (await scoreOf(two.attemptId))!.score]).toEqual([
      50, 0,
    ]);
  });
});

describe("auto-submit", () => {
  it("closes attempts at deadline + grace with their saved answers, and they get scored", async () => {
    await suite.db.delete(eventOutbox);
    const { exam, questions } = await examWithQuestions(suite.db, 2);
    const late = await suite.startedCandidate(exam.id);
    await answer(late.user.id, exam.id, questions[0]!.id, "A");
    await answer(late.user.id, exam.id, questions[1]!.id, "B");
    advance(minutes(10));
    const later = await suite.startedCandidate(exam.id); // deadline T0 + 70 min
    setNow(new Date(T0.getTime() + minutes(60) + 30_000));
    expect(await autoSubmitExpired({ ctx: ctx() })).toEqual({ submitted: 0 }); // still in grace
    setNow(new Date(T0.getTime() + minutes(60) + 31_000));
    // Earlier tests in this file leave open attempts with the same deadline: at least this one closes.
    expect((await autoSubmitExpired({ ctx: ctx() })).submitted).toBeGreaterThanOrEqual(1);
    const [attempt] = await suite.db
      .select()
      .from(examAttempts)
      .where(eq(examAttempts.id, late.attemptId));
    expect(attempt!.submissionKind).toBe("auto");
    expect(attempt!.submittedAt!.toISOString()).toBe(
      new Date(T0.getTime() + minutes(60)).toISOString(),
    );
    const [open] = await suite.db
      .select()
      .from(examAttempts)
      .where(eq(examAttempts.id, later.attemptId));
    expect(open!.submittedAt).toBeNull();
    // The submitted event (written at the database's real now) is due at the test clock's now.
    await suite.db.update(eventOutbox).set({ availableAt: at() });
    const runner = new InProcessRunner({
      db: suite.db,
      functions: [scoreSubmittedAttemptFunction],
      clock: { now: at },
    });
    expect(await runner.tick()).toBeGreaterThanOrEqual(1);
    expect(await scoreOf(late.attemptId)).toMatchObject({
      score: 100,
      timeUsedSeconds: 3600,
      autoScore: true,
    });
    expect(await autoSubmitExpired({ ctx: ctx() })).toEqual({ submitted: 0 });
  });

  it("auto-submits in batches", async () => {
    // A day later, with every earlier attempt already closed, five attempts expire together.
    const day = new Date(T0.getTime() + 24 * minutes(60));
    setNow(day);
    await autoSubmitExpired({ ctx: ctx() });
    const { exam } = await examWithQuestions(suite.db, 1, {
      scheduledDate: new Date(day.getTime() - minutes(60)),
    });
    for (let i = 0; i < 5; i += 1) await suite.startedCandidate(exam.id);
    setNow(new Date(day.getTime() + minutes(61)));
    expect(await autoSubmitExpired({ ctx: ctx(), input: { batchSize: 2 } })).toEqual({
      submitted: 5,
    });
    const rows = await suite.db.select().from(examAttempts).where(eq(examAttempts.examId, exam.id));
    expect(rows.map((row) => row.submissionKind)).toEqual(["auto", "auto", "auto", "auto", "auto"]);
  });
});

describe("the scoring sweep", () => {
  it("scores submitted attempts left unscored, and only those", async () => {
    const { exam, questions } = await examWithQuestions(suite.db, 1);
    const done = await suite.startedCandidate(exam.id);
    const open = await suite.startedCandidate(exam.id);
    await answer(done.user.id, exam.id, questions[0]!.id, "A");
    await submit(done.user.id, exam.id);
    const result = await scoreUnscoredAttemptsFunction.handler({
      event: { name: "cron", data: {} } as never,
      step: { run: (_id: string, fn: () => unknown) => fn() } as never,
      runId: "test",
      attempt: 0,
    });
    expect(result).toMatchObject({ scored: expect.any(Number) });
    expect(await scoreOf(done.attemptId)).toMatchObject({ score: 100, autoScore: true });
    expect(await scoreOf(open.attemptId)).toBeUndefined();
    const [again] = await suite.db
      .select()
      .from(examAttempts)
      .where(eq(examAttempts.id, done.attemptId));
    expect(again!.scoredAt).not.toBeNull();
  });
});
