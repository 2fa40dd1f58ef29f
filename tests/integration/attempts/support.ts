// The attempts suite's shared set-up: the file's database with an API key and a test clock,
// exams and questions with this suite's defaults, candidates acting through the exam routes with
// tokens signed at the test clock's time.
import { afterEach, beforeEach, expect } from "vitest";
import * as putRoute from "@/app/api/v1/exams/[id]/answers/[questionId]/route";
import * as submitRoute from "@/app/api/v1/exams/[id]/submit-exam-answers/route";
import * as takeRoute from "@/app/api/v1/exams/[id]/take-exam/route";
import type { Executor } from "@/db/client";
import type { exams, questions, users } from "@/db/schema";
import { useClock, type Context } from "@/lib/context";
import type { TestDatabase } from "../support/database";
import { createExamRow, createQuestion as createQuestionRow } from "../support/exam-factories";
import { createUser, signIn, useDatabaseWithKey } from "../support/factories";
import { call } from "../support/http";

export const T0 = new Date("2026-06-01T10:00:00Z");
export const minutes = (n: number) => n * 60_000;
export const hours = (n: number) => minutes(60 * n);

export const clock = { current: T0 };
export const at = () => clock.current;
export const setNow = (date: Date) => {
  clock.current = date;
};
export const advance = (ms: number) => setNow(new Date(clock.current.getTime() + ms));

function useTestClock() {
  beforeEach(() => {
    setNow(T0);
    useClock({ now: () => clock.current });
  });
  afterEach(() => useClock(undefined));
}

/** A question whose correct answer is A unless said otherwise. */
export const createQuestion = (
  db: Executor,
  overrides: Partial<typeof questions.$inferInsert> = {},
) => createQuestionRow(db, { correctAnswer: "A", ...overrides });

/** An ongoing exam at T0 by default: opened an hour ago, closes 2 hours after T0, 60-minute countdown. */
export const createExam = (
  db: Executor,
  overrides: Partial<typeof exams.$inferInsert> = {},
  questionIds: number[] = [],
) =>
  createExamRow(
    db,
    {
      description: "An exam.",
      scheduledDate: new Date(T0.getTime() - minutes(60)),
      openDurationHours: 3,
      ...overrides,
    },
    questionIds,
  );

/** An exam with `n` questions (correct answers A, B, C, D, A, ...). */
export async function examWithQuestions(
  db: Executor,
  n: number,
  overrides: Partial<typeof exams.$inferInsert> = {},
) {
  const options = ["A", "B", "C", "D"] as const;
  const list = [];
  for (let i = 0; i < n; i += 1) {
    list.push(await createQuestion(db, { correctAnswer: options[i % 4] }));
  }
  const exam = await createExam(
    db,
    overrides,
    list.map((q) => q.id),
  );
  return { exam, questions: list };
}

/**
 * Call once at the top of a test file: opens the file's database with an API key (closed after
 * its tests) and sets the test clock to T0 before each test. `db` and `apiKey` can be read from
 * the file's hooks and tests on.
 */
export function useAttemptsSuite() {
  let setup: { database: TestDatabase; apiKey: string } | undefined;
  useDatabaseWithKey((opened) => {
    setup = opened;
  });
  useTestClock();
  const ready = () => {
    if (!setup)
      throw new Error("the suite's database opens in beforeAll: use it in hooks or tests");
    return setup;
  };
  const suite = {
    get db(): Executor {
      return ready().database.db;
    },
    get apiKey() {
      return ready().apiKey;
    },
    /** A verified screening candidate unless `overrides` say otherwise. */
    candidate: (overrides: Partial<typeof users.$inferInsert> = {}) =>
      createUser(suite.db, { userType: "candidate", role: "screening", ...overrides }),
    /** Headers acting as `userId`, signed at the test clock's now (tokens are short-lived). */
    async headersFor(userId: string) {
      const { access } = await signIn(suite.db, userId, at());
      return { "x-api-key": suite.apiKey, authorization: `Bearer ${access}` };
    },
    /** A new candidate who has taken exam `examId` (200): the user, their headers, the attempt id. */
    async startedCandidate(examId: number) {
      const user = await suite.candidate();
      const headers = await suite.headersFor(user.id);
      const take = await takeExam(examId, headers);
      expect(take.status).toBe(200);
      return { user, headers, attemptId: take.data.attempt.id as string };
    },
  };
  return suite;
}

type RequestHeaders = Record<string, string>;

/** GET take-exam. */
export const takeExam = (examId: number | string, headers: RequestHeaders) =>
  call(takeRoute.GET, {
    path: `/api/v1/exams/${examId}/take-exam/`,
    params: { id: String(examId) },
    headers,
  });

/** PUT one answer (autosave). */
export const putAnswer = (
  examId: number,
  questionId: number | string,
  headers: RequestHeaders,
  json: unknown,
) =>
  call(putRoute.PUT, {
    method: "PUT",
    params: { id: String(examId), questionId: String(questionId) },
    headers,
    json,
  });

/** POST submit-exam-answers, with `answers` merged over the saved ones. */
export const submitAttempt = (examId: number, headers: RequestHeaders, answers: unknown[] = []) =>
  call(submitRoute.POST, {
    method: "POST",
    params: { id: String(examId) },
    headers,
    json: { answers },
  });

/**
 * A domain context acting as `user` (a candidate, and identity-verified, unless it says otherwise)
 * at `now` — the suite's clock by default — for calling domain operations directly.
 */
export function contextAs(
  db: Executor,
  user: { id: string; role: string; userType?: string; isUserVerified?: boolean },
  now: () => Date = at,
): Context {
  return {
    db,
    actor: {
      user: {
        id: user.id,
        userType: (user.userType ?? "candidate") as "candidate" | "staff",
        role: user.role,
        isUserVerified: user.isUserVerified ?? true,
        sessionId: null,
      },
      apiKey: null,
      ip: "test",
      userAgent: null,
    },
    clock: { now },
  };
}
