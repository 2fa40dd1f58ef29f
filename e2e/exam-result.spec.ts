// The result page says more than a percentage: correct answers out of the questions, time used,
// and how the score was recorded; once the exam has concluded, each question against the key.
// A candidate takes a fresh exam that closes a minute later: no review while it is open, the
// review after. Then two seeded results: one scored automatically, one entered by staff.
import { expect, test } from "@playwright/test";
import { createOpenExam, examIdByTitle } from "./exam-fixtures";
import { signIn } from "./support";

test("a result shows correct of total and time used, and the review only once the exam has closed", async ({
  page,
  request,
}) => {
  test.setTimeout(150_000);
  const exam = await createOpenExam(request, {
    title: `Result journey ${Date.now()}`,
    questionCount: 4,
    closesInSeconds: 75,
  });
  const [q1, q2, q3] = exam.questions;
  const wrong = (letter: string) => (letter === "A" ? "B" : "A");
  await signIn(page, "winner.candidate@demo.example.com");
  await page.goto(`/exams/${exam.id}/take`);
  // The window closes before the countdown would: the start page says how long is left.
  await expect(page.getByTestId("exam-time-cut-short")).toContainText("if you begin now, you have");
  await page.getByRole("button", { name: "Begin" }).click();
  await expect(page.getByRole("heading", { name: "Question 1 of 4" })).toBeVisible();
  // Two right, one wrong, one unanswered.
  for (const [index, letter] of [
    q1!.correct_answer,
    q2!.correct_answer,
    wrong(q3!.correct_answer),
  ].entries()) {
    await page.getByRole("button", { name: new RegExp(`^Question ${index + 1},`) }).click();
    await page.keyboard.press(letter.toLowerCase());
    await expect(page.getByTestId("save-receipt")).toContainText("Saved ✓");
  }
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Submit now" }).click();
  await expect(page).toHaveURL(new RegExp(`/exams/${exam.id}/result$`));

  const result = page.getByTestId("exam-result");
  await expect(page.getByTestId("exam-score")).toHaveText("50.00%", { timeout: 30_000 });
  await expect(page.getByTestId("result-status")).toHaveText("Scored");
  await expect(page.getByTestId("result-correct")).toHaveText("2 of 4");
  await expect(page.getByTestId("result-time-used")).toHaveText(/^\d+ seconds?$/);
  await expect(result).toContainText("Submitted");
  // Still open: no key yet, and the page says when.
  await expect(page.getByTestId("review-later")).toContainText(
    "The review of each question against the answer key opens when the exam closes",
  );
  await expect(page.getByTestId("review-item")).toHaveCount(0);

  // After the close: the review, question by question.
  const remaining = Date.parse(exam.closesAt) - Date.now();
  await page.waitForTimeout(Math.max(0, remaining) + 1_000);
  await page.reload();
  const items = page.getByTestId("review-item");
  await expect(items).toHaveCount(4);
  await expect(page.getByTestId("result-review")).toContainText(
    "2 of 4 correct against the answer key",
  );
  await expect(items.nth(0)).toHaveAttribute("data-verdict", "correct");
  await expect(items.nth(1)).toHaveAttribute("data-verdict", "correct");
  await expect(items.nth(2)).toHaveAttribute("data-verdict", "wrong");
  await expect(items.nth(2)).toContainText("✗ Wrong");
  await expect(items.nth(2)).toContainText("Your answer");
  await expect(items.nth(2)).toContainText("Correct answer");
  await expect(items.nth(3)).toHaveAttribute("data-verdict", "unanswered");
  await expect(items.nth(3)).toContainText(
    `You did not answer this question. The correct answer is ${exam.questions[3]!.correct_answer}.`,
  );
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
