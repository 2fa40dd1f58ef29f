// The candidate's result page read (getExamResult): status in words, correct out of total, time
// used, and the review against the key — which a candidate can never get before the exam has
// concluded and their attempt is closed.
import { beforeAll, describe, expect, it } from "vitest";
import { examAttempts, examScores } from "@/db/schema";
import { getExamResult } from "@/lib/results/get-exam-result";
import { systemActor, type Context } from "@/lib/context";
import { Forbidden, NotFound } from "@/lib/errors";
import { scoreAttempt } from "@/lib/scoring/score-attempt";
import { createUser } from "../support/factories";
import {
  advance,
  at,
  contextAs,
  createExam,
  examWithQuestions,
  hours,
  minutes,
  putAnswer,
  setNow,
  submitAttempt,
  T0,
  useAttemptsSuite,
} from "./support";

const suite = useAttemptsSuite();

const ctxFor = (user: { id: string; userType: string; role: string }) =>
  contextAs(suite.db, user, at);
const systemCtx = (): Context => ({ db: suite.db, actor: systemActor, clock: { now: at } });

async function answer(
  headers: Record<string, string>,
  examId: number,
  questionId: number,
  option: string,
) {
  const response = await putAnswer(examId, questionId, headers, {
    selected_option: option,
    seq: 1,
  });
  expect(response.status).toBe(200);
}

describe("status, counts and time used", () => {
  let candidate: Awaited<ReturnType<typeof createUser>>;
  let staff: Awaited<ReturnType<typeof createUser>>;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    const db = suite.db;
    candidate = await suite.candidate();
    staff = await createUser(db);
    const make = async (name: string, overrides: Parameters<typeof createExam>[1]) => {
      ids[name] = (await createExam(db, { title: name, ...overrides })).id;
    };
    await make("scored", { scheduledDate: new Date(T0.getTime() - hours(30)) });
    await make("awaiting", {});
    await make("inProgress", {});
    await make("byStaff", { scheduledDate: new Date(T0.getTime() - hours(30)) });
    await make("untaken", {});
    await make("deleted", { deletedAt: T0 });
    const attempt = (examId: number, submitted: boolean) => ({
      examId,
      candidateId: candidate.id,
      startedAt: new Date(T0.getTime() - minutes(30)),
      deadline: new Date(T0.getTime() + minutes(30)),
      submittedAt: submitted ? new Date(T0.getTime() - minutes(5)) : null,
      submissionKind: submitted ? ("candidate" as const) : null,
    });
    await db
      .insert(examAttempts)
      .values([
        attempt(ids.scored!, true),
        attempt(ids.awaiting!, true),
        attempt(ids.inProgress!, false),
      ]);
    await db.insert(examScores).values([
      {
        examId: ids.scored!,
        candidateId: candidate.id,
        score: 87.5,
        autoScore: true,
        correctCount: 7,
        questionCount: 8,
        timeUsedSeconds: 1500,
        recordedAt: T0,
        updatedAt: T0,
      },
      // Entered by hand for someone who sat the exam on paper: no attempt, no counts.
      {
        examId: ids.byStaff!,
        candidateId: candidate.id,
        score: 64,
        autoScore: false,
        submittedById: staff.id,
        recordedAt: T0,
        updatedAt: T0,
      },
    ]);
  });

  it("says scored, awaiting scoring, scored by staff or not submitted", async () => {
    const ctx = ctxFor(candidate);
    const result = (name: string) => getExamResult({ ctx, input: { examId: ids[name]! } });
    expect(await result("scored")).toMatchObject({
      status: "scored",
      score: 87.5,
      correct: 7,
      total: 8,
      time_used: 1500,
      submission_kind: "candidate",
      submitted_at: new Date(T0.getTime() - minutes(5)).toISOString(),
      attempt_open: false,
      exam: { title: "scored", status: "concluded", stage_display: "screening_1" },
    });
    expect(await result("awaiting")).toMatchObject({
      status: "awaiting_scoring",
      score: null,
      correct: null,
      total: null,
      time_used: 1500,
    });
    expect(await result("byStaff")).toMatchObject({
      status: "scored_by_staff",
      score: 64,
      correct: null,
      total: null,
      submitted_at: null,
      review: null,
      review_unavailable: "no_attempt",
    });
    expect(await result("inProgress")).toMatchObject({
      status: "not_submitted",
      submitted_at: null,
      attempt_open: true,
      exam: { status: "ongoing" },
    });
    expect(await result("untaken")).toMatchObject({
      status: "not_submitted",
      attempt_open: false,
      review: null,
    });
  });

  it("404s unknown or deleted exams and refuses staff", async () => {
    const ctx = ctxFor(candidate);
    await expect(getExamResult({ ctx, input: { examId: 999_999 } })).rejects.toBeInstanceOf(
      NotFound,
    );
    await expect(getExamResult({ ctx, input: { examId: ids.deleted! } })).rejects.toBeInstanceOf(
      NotFound,
    );
    await expect(
      getExamResult({ ctx: ctxFor(staff), input: { examId: ids.scored! } }),
    ).rejects.toBeInstanceOf(Forbidden);
  });
});

describe("the review against the key", () => {
  it("is withheld while the exam is open, even after submitting and scoring, and shown once it concluded", async () => {
    // Three questions keyed A, B, C; the window closes at T0 + 2h.
    const { exam, questions } = await examWithQuestions(suite.db, 3);
    const { user, headers, attemptId } = await suite.startedCandidate(exam.id);
    await answer(headers, exam.id, questions[0]!.id, "A"); // right
    await answer(headers, exam.id, questions[1]!.id, "D"); // wrong; the third left unanswered
    advance(minutes(12));
    expect((await submitAttempt(exam.id, headers)).status).toBe(201);
    await scoreAttempt({ ctx: systemCtx(), input: { attemptId } });

    const before = await getExamResult({ ctx: ctxFor(user), input: { examId: exam.id } });
    expect(before).toMatchObject({
      status: "scored",
      score: 33.33,
      correct: 1,
      total: 3,
      time_used: 12 * 60,
      review: null,
      review_unavailable: "exam_not_concluded",
      exam: { status: "ongoing", closes_at: new Date(T0.getTime() + hours(2)).toISOString() },
    });
    // Nothing in what the page receives carries the key.
    expect(JSON.stringify(before)).not.toMatch(/correct_answer|option_a|"options"/);

    // A second before the close: still withheld.
    setNow(new Date(T0.getTime() + hours(2) - 1000));
    expect(
      (await getExamResult({ ctx: ctxFor(user), input: { examId: exam.id } })).review,
    ).toBeNull();

    setNow(new Date(T0.getTime() + hours(2)));
    const after = await getExamResult({ ctx: ctxFor(user), input: { examId: exam.id } });
    expect(after.exam).toMatchObject({
      status: "concluded",
      concluded_at: new Date(T0.getTime() + hours(2)).toISOString(),
    });
    expect(after.review_unavailable).toBeNull();
    expect(after.review).toEqual([
      {
        number: 1,
        question_id: questions[0]!.id,
        text: questions[0]!.text,
        options: { A: "1", B: "2", C: "3", D: "4" },
        your_answer: "A",
        correct_answer: "A",
        is_correct: true,
      },
      expect.objectContaining({
        number: 2,
        your_answer: "D",
        correct_answer: "B",
        is_correct: false,
      }),
      expect.objectContaining({
        number: 3,
        your_answer: null,
        correct_answer: "C",
        is_correct: false,
      }),
    ]);
  });

  it("is withheld from an attempt still open in the grace after the close", async () => {
    // Opened an hour before T0 for two hours: closes at T0 + 1h, which cuts the deadline.
    const { exam, questions } = await examWithQuestions(suite.db, 2, { openDurationHours: 2 });
    setNow(new Date(T0.getTime() + minutes(45)));
    const { user } = await suite.startedCandidate(exam.id);
    setNow(new Date(T0.getTime() + hours(1) + 10_000)); // concluded, within the grace
    const during = await getExamResult({ ctx: ctxFor(user), input: { examId: exam.id } });
    expect(during).toMatchObject({
      exam: { status: "concluded" },
      attempt_open: true,
      review: null,
      review_unavailable: "attempt_open",
    });
    // The attempt still takes answers now, which is exactly why the key must stay hidden.
    await answer(await suite.headersFor(user.id), exam.id, questions[0]!.id, "A");
  });

  it("is not given to another candidate, who has no attempt", async () => {
    const { exam } = await examWithQuestions(suite.db, 1);
    await suite.startedCandidate(exam.id);
    const other = await suite.candidate();
    setNow(new Date(T0.getTime() + hours(3)));
    expect(await getExamResult({ ctx: ctxFor(other), input: { examId: exam.id } })).toMatchObject({
      status: "not_submitted",
      review: null,
      review_unavailable: "no_attempt",
    });
  });
});
