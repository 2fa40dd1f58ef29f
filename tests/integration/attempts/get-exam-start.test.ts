// The start page's read (getExamStart): the facts a candidate sees before pressing Begin, the same
// refusals as starting, and — the point of it — no attempt (so no running clock) until Begin.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { examAttempts } from "@/db/schema";
import { getExamStart } from "@/lib/attempts/get-exam-start";
import { startExam } from "@/lib/attempts/start-exam";
import { ApiError } from "@/lib/errors";
import {
  advance,
  at,
  contextAs,
  createExam,
  createQuestion,
  examWithQuestions,
  minutes,
  setNow,
  submitAttempt,
  T0,
  useAttemptsSuite,
} from "./support";

const suite = useAttemptsSuite();

const ctxFor = (user: { id: string; userType: string; role: string; isUserVerified: boolean }) =>
  contextAs(suite.db, user, at);

const refusal = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return [error.status, error.code];
    throw error;
  }
  return null;
};

const attemptsOf = (examId: number) =>
  suite.db.select().from(examAttempts).where(eq(examAttempts.examId, examId));

describe("getExamStart", () => {
  it("describes the exam without creating an attempt; Begin creates it, timed from then", async () => {
    const { exam } = await examWithQuestions(suite.db, 4, {
      title: "Algebra",
      countdownMinutes: 25,
    });
    const candidate = await suite.candidate();
    const ctx = ctxFor(candidate);
    const start = await getExamStart({ ctx, input: { examId: exam.id } });
    expect(start).toEqual({
      state: "not_started",
      exam: {
        id: exam.id,
        title: "Algebra",
        description: "An exam.",
        stage: "screening",
        level: 1,
        countdown_minutes: 25,
        opened_at: new Date(T0.getTime() - minutes(60)).toISOString(),
        closes_at: new Date(T0.getTime() + minutes(120)).toISOString(),
      },
      question_count: 4,
      server_now: T0.toISOString(),
      seconds_if_begun_now: 25 * 60,
    });
    // Reading it again later still creates nothing.
    advance(minutes(7));
    await getExamStart({ ctx, input: { examId: exam.id } });
    expect(await attemptsOf(exam.id)).toHaveLength(0);

    const begun = await startExam({ ctx, input: { examId: exam.id } });
    expect(begun.attempt.started_at).toBe(new Date(T0.getTime() + minutes(7)).toISOString());
    expect(begun.attempt.deadline).toBe(new Date(T0.getTime() + minutes(32)).toISOString());
    expect(await getExamStart({ ctx, input: { examId: exam.id } })).toEqual({
      state: "in_progress",
    });
  });

  it("says how much time is left when the window's close cuts the countdown", async () => {
    const { exam } = await examWithQuestions(suite.db, 1, { countdownMinutes: 60 });
    setNow(new Date(T0.getTime() + minutes(100))); // the window closes at T0 + 120 min
    const start = await getExamStart({
      ctx: ctxFor(await suite.candidate()),
      input: { examId: exam.id },
    });
    expect(start).toMatchObject({ state: "not_started", seconds_if_begun_now: 20 * 60 });
  });

  it("refuses as starting would: verified, stage, window, then questions", async () => {
    const { exam: league } = await examWithQuestions(suite.db, 1, { stage: "league" });
    const unverified = await suite.candidate({ isUserVerified: false });
    expect(
      await refusal(getExamStart({ ctx: ctxFor(unverified), input: { examId: league.id } })),
    ).toEqual([403, "unverified_candidate"]);
    const screening = await suite.candidate();
    expect(
      await refusal(getExamStart({ ctx: ctxFor(screening), input: { examId: league.id } })),
    ).toEqual([403, "exam_not_eligible"]);
    const { exam: later } = await examWithQuestions(suite.db, 1, {
      scheduledDate: new Date(T0.getTime() + minutes(10)),
    });
    expect(
      await refusal(getExamStart({ ctx: ctxFor(screening), input: { examId: later.id } })),
    ).toEqual([403, "exam_not_open"]);
    const archived = await createQuestion(suite.db, { isArchived: true, archivedAt: T0 });
    const empty = await createExam(suite.db, {}, [archived.id]);
    expect(
      await refusal(getExamStart({ ctx: ctxFor(screening), input: { examId: empty.id } })),
    ).toEqual([409, "exam_has_no_questions"]);
    const none = await createExam(suite.db, {});
    expect(
      await refusal(getExamStart({ ctx: ctxFor(screening), input: { examId: none.id } })),
    ).toEqual([409, "exam_has_no_questions"]);
    expect(
      await refusal(getExamStart({ ctx: ctxFor(screening), input: { examId: 999_999 } })),
    ).toEqual([404, "not_found"]);
  });

  it("says an exam already submitted is submitted", async () => {
    const { exam } = await examWithQuestions(suite.db, 1);
    const { user, headers } = await suite.startedCandidate(exam.id);
    expect((await submitAttempt(exam.id, headers)).status).toBe(201);
    expect(await refusal(getExamStart({ ctx: ctxFor(user), input: { examId: exam.id } }))).toEqual([
      400,
      "exam_already_submitted",
    ]);
  });
});
