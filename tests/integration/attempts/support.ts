// Exams and questions with this suite's defaults, a test clock, and a caller whose token is
// signed at the test clock's time.
import { afterEach, beforeEach } from "vitest";
import type { Executor } from "@/db/client";
import type { exams, questions } from "@/db/schema";
import { useClock } from "@/lib/context";
import { createExamRow, createQuestion as createQuestionRow } from "../support/exam-factories";
import { signIn } from "../support/factories";

export const T0 = new Date("2026-06-01T10:00:00Z");
export const minutes = (n: number) => n * 60_000;

export const clock = { current: T0 };
export const at = () => clock.current;
export const setNow = (date: Date) => {
  clock.current = date;
};
export const advance = (ms: number) => setNow(new Date(clock.current.getTime() + ms));

export function useTestClock() {
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

/** Headers acting as `userId`, signed at the test clock's now (tokens are short-lived). */
export async function headersFor(db: Executor, userId: string, apiKey: string) {
  const { access } = await signIn(db, userId, at());
  return { "x-api-key": apiKey, authorization: `Bearer ${access}` };
}
