// Taking a timed exam: answer, see the saved receipt, reload and find answers and time intact,
// submit with a confirmation that lists unanswered questions, and see the score.
import { expect, test } from "@playwright/test";
import { signIn } from "./support";

test("a candidate takes the open screening exam, reloads mid-way, submits and sees the score", async ({
  page,
}) => {
  await signIn(page, "screening.candidate@demo.example.com");
  await page.goto("/exams");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const card = page.locator("li, article, tr").filter({ hasText: "Screening exam — open now" });
  await card
    .getByRole("link", { name: /Start|Resume/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: /Question 1 of \d+/ })).toBeVisible();
  const timer = page.getByRole("timer");
  await expect(timer).toHaveAttribute("aria-label", /Time left \d/);

  // Answer question 1 and wait for the server's receipt.
  await page.getByRole("radio").nth(1).check();
  await expect(page.getByTestId("save-receipt")).toContainText("Saved ✓");
  // Question 2, by the navigator.
  await page.getByRole("button", { name: /^Question 2,/ }).click();
  await expect(page.getByRole("heading", { name: /Question 2 of/ })).toBeVisible();
  await page.getByRole("radio").first().check();
  await expect(page.getByTestId("save-receipt")).toContainText("Saved ✓");

  // A reload resumes: both answers are still chosen and the navigator says so.
  await page.reload();
  await expect(page.getByRole("heading", { name: /Question \d+ of/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Question 1, answered" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Question 2, answered" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Question 3, unanswered" })).toBeVisible();
  await page.getByRole("button", { name: "Question 1, answered" }).click();
  await expect(page.getByRole("radio").nth(1)).toBeChecked();
  await expect(timer).toHaveAttribute("aria-label", /Time left (1\d|[1-9]):\d\d/);

  // Submit: the confirmation lists what is unanswered; then the score arrives.
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("Submit your answers?");
  await expect(dialog).toContainText("3");
  await dialog.getByRole("button", { name: "Submit now" }).click();
  await expect(page).toHaveURL(/\/exams\/\d+\/result/);
  await expect(page.getByTestId("exam-score")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("exam-score")).toHaveText(/^\d+\.\d\d%$/);
});
