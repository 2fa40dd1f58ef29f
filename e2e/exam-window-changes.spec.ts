// An admin changes a running exam's window under a candidate who is writing (CONTRACT §4). When the
// window is extended, the candidate's page does not give up at the old close: at zero it asks the
// server for the deadline and runs on. When the exam is ended early, the next save is refused, the
// page says the exam closed, and the answers saved before the end are the ones scored.
import { expect, test } from "@playwright/test";
import {
  acceptLeavePrompts,
  createOpenExam,
  endExamNow,
  extendExamWindow,
  serverAttempt,
} from "./exam-fixtures";
import { signIn } from "./support";

test("a window extended while the candidate sits idle: the page runs on past the old close", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  // A 20-minute countdown in a window that closes 25 seconds from now: the clock shows ~0:25.
  const exam = await createOpenExam(request, {
    title: `Extended window journey ${Date.now()}`,
    questionCount: 2,
    countdownMinutes: 20,
    openDurationHours: 1,
    closesInSeconds: 25,
  });
  acceptLeavePrompts(page);
  await signIn(page, "final.candidate@demo.example.com");
  await page.goto(`/exams/${exam.id}/take`);
  await page.getByRole("button", { name: "Begin" }).click();
  const timer = page.getByRole("timer");
  await expect(timer).toHaveAttribute("aria-label", /^Time left 00:[0-2]\d$/);

  // The admin gives the exam another hour; the page has saved nothing since, so it cannot know.
  await extendExamWindow(request, exam.id, 2);
  const { deadline } = await serverAttempt(page, exam.id);
  expect(Date.parse(deadline) - Date.now()).toBeGreaterThan(15 * 60_000);

  // Past the old close, the page is still taking answers, with the new time left.
  await page.waitForTimeout(30_000);
  await expect(page.getByTestId("exam-closed")).toHaveCount(0);
  await expect(timer).toHaveAttribute("aria-label", /^Time left (19|20):\d\d$/);
  await page.getByRole("radio").first().check();
  await expect(page.getByTestId("save-receipt")).toContainText("Saved ✓");
});

test("an exam ended early: the next save is refused, the page says so, and saved answers count", async ({
  page,
  request,
}) => {
  const exam = await createOpenExam(request, {
    title: `Ended early journey ${Date.now()}`,
    questionCount: 2,
  });
  acceptLeavePrompts(page);
  await signIn(page, "winner.candidate@demo.example.com");
  await page.goto(`/exams/${exam.id}/take`);
  await page.getByRole("button", { name: "Begin" }).click();
  const first = exam.questions[0]!;
  await page.getByRole("radio", { name: new RegExp(`^${first.correct_answer}\\.`) }).check();
  await expect(page.getByTestId("save-receipt")).toContainText("Saved ✓");

  await endExamNow(request, exam.id);
  await page.getByRole("button", { name: /^Question 2,/ }).click();
  // click, not check: the refused save takes the choice back (the page closes), so the radio
  // need not stay checked — what counts is what the page says next.
  await page.getByRole("radio").first().click();
  await expect(page.getByTestId("exam-closed")).toContainText("Exam closed");
  await expect(page.getByTestId("exam-closed")).toContainText("ended early");

  // The result: the one answer saved before the end, scored (1 of 2).
  await page.goto(`/exams/${exam.id}/result`);
  await expect(page.getByTestId("exam-score")).toHaveText("50.00%", { timeout: 30_000 });
});
