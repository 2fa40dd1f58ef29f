// The result page says more than a percentage: correct answers out of the questions, time used,
// and how the score was recorded; once the exam has concluded, each question against the key.
// A candidate takes a fresh exam: while it is open there is no review (the server withholds the
// key; tests/integration/attempts/get-exam-result.test.ts proves it). The seeded concluded exam
// shows the review, and a score entered by staff says so.
import { expect, test } from "@playwright/test";
import { createOpenExam, examIdByTitle } from "./exam-fixtures";
import { signIn } from "./support";

test("a result shows correct of total, time used and status, and no key while the exam is open", async ({
  page,
  request,
}) => {
  const exam = await createOpenExam(request, {
    title: `Result journey ${Date.now()}`,
    questionCount: 4,
  });
  const [q1, q2, q3] = exam.questions;
  const wrong = (letter: string) => (letter === "A" ? "B" : "A");
  await signIn(page, "winner.candidate@demo.example.com");
  await page.goto(`/exams/${exam.id}/take`);
  await page.getByRole("button", { name: "Begin" }).click();
  await expect(page.getByRole("heading", { name: "Question 1 of 4" })).toBeVisible();
  // Two right, one wrong, one unanswered.
  const choices = [q1!.correct_answer, q2!.correct_answer, wrong(q3!.correct_answer)];
  for (const [index, letter] of choices.entries()) {
    await page.getByRole("button", { name: new RegExp(`^Question ${index + 1},`) }).click();
    await page.keyboard.press(letter.toLowerCase());
    await expect(page.getByTestId("save-receipt")).toContainText("Saved ✓");
  }
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Submit now" }).click();
  await expect(page).toHaveURL(new RegExp(`/exams/${exam.id}/result$`));

  await expect(page.getByTestId("exam-score")).toHaveText("50.00%", { timeout: 30_000 });
  await expect(page.getByTestId("result-status")).toHaveText("Scored");
  await expect(page.getByTestId("result-correct")).toHaveText("2 of 4");
  await expect(page.getByTestId("result-time-used")).toHaveText(/^\d+ seconds?$/);
  await expect(page.getByTestId("exam-result")).toContainText("Submitted");
  // Still open: no key, and the page says when the review opens (in the viewer's zone, named).
  await expect(page.getByTestId("review-later")).toContainText(
    "The review of each question against the answer key opens when the exam closes, at",
  );
  await expect(page.getByTestId("review-later")).toContainText(/\b(UTC|GMT[+-]?\d*|[A-Z]{3,4})\.$/);
  await expect(page.getByTestId("review-item")).toHaveCount(0);
  await expect(page.getByText("Correct answer", { exact: true })).toHaveCount(0);
});

test("seeded results: scored from the answers with a review, and scored by staff", async ({
  page,
  request,
}) => {
  const examId = await examIdByTitle(request, "Screening exam — last month");
  // Six of ten answered correctly, submitted 15 minutes after starting (the demo seed).
  await signIn(page, "approved.candidate2@demo.example.com");
  await page.goto(`/exams/${examId}/result`);
  await expect(page.getByTestId("result-status")).toHaveText("Scored");
  await expect(page.getByTestId("exam-score")).toHaveText("60.00%");
  await expect(page.getByTestId("result-correct")).toHaveText("6 of 10");
  await expect(page.getByTestId("result-time-used")).toHaveText("15 minutes");
  await expect(page.getByTestId("review-item")).toHaveCount(10);
  await expect(page.locator('[data-testid="review-item"][data-verdict="correct"]')).toHaveCount(6);
  await expect(page.locator('[data-testid="review-item"][data-verdict="wrong"]')).toHaveCount(4);

  // A score entered by hand for someone who did not take the exam online.
  await page.context().clearCookies();
  await signIn(page, "league.candidate@demo.example.com");
  await page.goto(`/exams/${examId}/result`);
  await expect(page.getByTestId("result-status")).toHaveText("Scored by staff");
  await expect(page.getByTestId("exam-score")).toHaveText("85.00%");
  await expect(page.getByTestId("exam-result")).toContainText(
    "This score was entered by the exam staff.",
  );
  await expect(page.getByTestId("review-none")).toContainText("you did not take this exam online");
  await expect(page.getByTestId("result-correct")).toHaveCount(0);
});
