// Shared setup for the exams API tests: questions and exams written straight to the database.
export { createExamRow, createQuestion } from "../support/exam-factories";

export const hours = (n: number) => n * 3_600_000;
