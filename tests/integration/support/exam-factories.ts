// Questions and exams written straight to the database, for tests that need them as data rather
// than as the subject (the questions and exams APIs have their own tests).
import type { Executor } from "@/db/client";
import { examQuestions, exams, questions } from "@/db/schema";

let counter = 0;

export async function createQuestion(
  db: Executor,
  overrides: Partial<typeof questions.$inferInsert> = {},
) {
  counter += 1;
  const [row] = await db
    .insert(questions)
    .values({
      text: `Question ${counter}?`,
      optionA: "1",
      optionB: "2",
      optionC: "3",
      optionD: "4",
      correctAnswer: "B",
      difficulty: "easy",
      ...overrides,
    })
    .returning();
  return row!;
}

/** An exam row (a draft unless `scheduledDate` is given) with its questions in the given order. */
export async function createExamRow(
  db: Executor,
  overrides: Partial<typeof exams.$inferInsert> = {},
  questionIds: number[] = [],
) {
  counter += 1;
  const [row] = await db
    .insert(exams)
    .values({
      title: `Exam ${counter}`,
      stage: "screening",
      countdownMinutes: 60,
      openDurationHours: 24,
      ...overrides,
    })
    .returning();
  if (questionIds.length > 0) {
    await db
      .insert(examQuestions)
      .values(
        questionIds.map((questionId, position) => ({ examId: row!.id, questionId, position })),
      );
  }
  return row!;
}
