// Two tabs on the same attempt stay in step: an answer chosen in one shows in the other, each
// says the exam is open elsewhere, an older choice never replaces a newer one, and answers queued
// offline in a tab that is then closed are still saved by the other (the shared outbox).
import { expect, test, type Page } from "@playwright/test";
import { createOpenExam, serverAttempt } from "./exam-fixtures";
import { signIn } from "./support";

const goTo = async (page: Page, n: number) => {
  await page.getByRole("button", { name: new RegExp(`^Question ${n},`) }).click();
  await expect(page.getByRole("heading", { name: new RegExp(`^Question ${n} of`) })).toBeVisible();
};
const option = (page: Page, letter: string) =>
  page.getByRole("radio", { name: new RegExp(`^${letter}\\.`) });

test("two tabs on one attempt keep each other's answers", async ({ page: first, request }) => {
  const exam = await createOpenExam(request, {
    title: `Two tabs journey ${Date.now()}`,
    questionCount: 5,
  });
  await signIn(first, "final.candidate@demo.example.com");
  await first.goto(`/exams/${exam.id}/take`);
  await first.getByRole("button", { name: "Begin" }).click();
  await expect(first.getByRole("heading", { name: "Question 1 of 5" })).toBeVisible();
  const second = await first.context().newPage();
  await second.goto(`/exams/${exam.id}/take`);
  await expect(second.getByRole("heading", { name: "Question 1 of 5" })).toBeVisible();

  // Answered in the first tab: the second shows it at once, and the other way round.
  await option(first, "B").check();
  await expect(first.getByTestId("save-receipt")).toContainText("Saved ✓");
  await expect(option(second, "B")).toBeChecked();
  await expect(second.getByTestId("save-receipt")).toContainText("Saved ✓");
  // Each tab says the exam is open in the other.
  for (const tab of [first, second]) {
    await expect(tab.getByTestId("other-tab-notice")).toContainText(
      "This exam is also open in another tab or window.",
    );
  }
  await goTo(second, 2);
  await option(second, "C").check();
  await expect(first.getByRole("button", { name: "Question 2, answered" })).toBeVisible();
  await goTo(first, 2);
  await expect(option(first, "C")).toBeChecked();

  // Offline: the second tab chooses A for question 3, then the first chooses D (newer). The
  // second shows D; A is never sent over it.
  await first.context().setOffline(true);
  await goTo(second, 3);
  await goTo(first, 3);
  await option(second, "A").check();
  await expect(option(first, "A")).toBeChecked();
  await option(first, "D").check();
  await expect(option(second, "D")).toBeChecked();
  // Question 4 queued in the first tab, question 5 in the second; then the first tab closes.
  await goTo(first, 4);
  await option(first, "B").check();
  await expect(second.getByTestId("offline-warning")).toContainText(
    "2 answers waiting to be saved",
  );
  await goTo(second, 5);
  await option(second, "C").check();
  await expect(second.getByTestId("offline-warning")).toContainText(
    "3 answers waiting to be saved",
  );
  await first.close();
  await second.context().setOffline(false);
  await expect(second.getByTestId("offline-warning")).toHaveCount(0);
  await expect(second.getByTestId("save-receipt")).toContainText("Saved ✓");

  // The server holds every answer, each the latest choice.
  const saved = Object.fromEntries(
    (await serverAttempt(second, exam.id)).answers.map((answer) => [
      answer.question_id,
      answer.selected_option,
    ]),
  );
  expect(exam.questions.map((question) => saved[question.id])).toEqual(["B", "C", "D", "B", "C"]);
  await goTo(second, 3);
  await expect(option(second, "D")).toBeChecked();
});
