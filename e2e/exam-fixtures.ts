// Helpers for the exam-taking journeys: a fresh exam of their own (made through the API as an
// admin, so each journey has an attempt nobody else touches), the attempt's saved answers as the
// server holds them, and accepting the "leave this page?" prompt the taker raises.
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { apiHeadersAs } from "./support";

export type ExamQuestion = {
  id: number;
  text: string;
  correct_answer: "A" | "B" | "C" | "D";
};

export type FreshExam = { id: number; title: string; closesAt: string; questions: ExamQuestion[] };

const adminHeaders = (request: APIRequestContext) =>
  apiHeadersAs(request, "admin@demo.example.com");

/**
 * An exam open now for the final stage (final.candidate@ and winner.candidate@ may take it), with
 * `questionCount` easy questions from the demo bank. It opened a moment ago (CONTRACT §4: a past
 * scheduled_date opens the exam at once), or `closesInSeconds` before its window closes.
 */
export async function createOpenExam(
  request: APIRequestContext,
  {
    title,
    questionCount,
    countdownMinutes = 20,
    openDurationHours = 48,
    closesInSeconds,
  }: {
    title: string;
    questionCount: number;
    countdownMinutes?: number;
    openDurationHours?: number;
    closesInSeconds?: number;
  },
): Promise<FreshExam> {
  const headers = await adminHeaders(request);
  const bank = await request.get("/api/v1/questions/?difficulty=easy&page_size=100", { headers });
  expect(bank.status()).toBe(200);
  const { results } = (await bank.json()) as { results: ExamQuestion[] };
  const questions = results.slice(0, questionCount);
  expect(questions).toHaveLength(questionCount);
  const opensAt =
    closesInSeconds === undefined
      ? Date.now() - 1_000
      : Date.now() + closesInSeconds * 1_000 - openDurationHours * 3_600_000;
  const created = await request.post("/api/v1/exams/", {
    headers,
    data: {
      title,
      stage: "final",
      description: "Made by an exam-taking journey.",
      scheduled_date: new Date(opensAt).toISOString(),
      countdown_minutes: countdownMinutes,
      open_duration_hours: openDurationHours,
      questions: questions.map((question) => question.id),
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const exam = (await created.json()) as { id: number };
  const closesAt = new Date(opensAt + openDurationHours * 3_600_000).toISOString();
  return { id: exam.id, title, closesAt, questions };
}

/** As an admin, give an open exam a longer window (PATCH open_duration_hours). */
export async function extendExamWindow(
  request: APIRequestContext,
  examId: number,
  openDurationHours: number,
) {
  const response = await request.patch(`/api/v1/exams/${examId}/`, {
    headers: await adminHeaders(request),
    data: { open_duration_hours: openDurationHours },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** As an admin, end an open exam now (POST conclude). */
export async function endExamNow(request: APIRequestContext, examId: number) {
  const response = await request.post(`/api/v1/exams/${examId}/conclude/`, {
    headers: await adminHeaders(request),
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** The id of a seeded exam, by its title. */
export async function examIdByTitle(request: APIRequestContext, title: string): Promise<number> {
  const headers = await adminHeaders(request);
  const list = await request.get("/api/v1/exams/?page_size=100", { headers });
  const { results } = (await list.json()) as { results: { id: number; title: string }[] };
  const exam = results.find((entry) => entry.title === title);
  expect(exam, `the exam "${title}"`).toBeTruthy();
  return exam!.id;
}

export type ServerAttempt = {
  id: string;
  started_at: string;
  deadline: string;
  answers: { question_id: number; selected_option: string; saved_at: string }[];
};

/** The signed-in candidate's attempt as the server holds it (the attempt must exist). */
export async function serverAttempt(page: Page, examId: number): Promise<ServerAttempt> {
  const response = await page.request.get(`/api/v1/exams/${examId}/take-exam/`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { attempt: ServerAttempt }).attempt;
}

/** The server's saved answer to a question ("" when none). */
export async function savedAnswer(page: Page, examId: number, questionId: number) {
  const attempt = await serverAttempt(page, examId);
  return attempt.answers.find((answer) => answer.question_id === questionId)?.selected_option ?? "";
}

/**
 * Accept the browser's "leave this page?" prompt (the taker raises it while the attempt runs),
 * recording that it was asked.
 */
export function acceptLeavePrompts(page: Page): { asked: number } {
  const prompts = { asked: 0 };
  page.on("dialog", (dialog) => {
    if (dialog.type() === "beforeunload") prompts.asked += 1;
    void dialog.accept();
  });
  return prompts;
}
