// Taking a timed exam: the start page and Begin, answer, see the saved receipt, lose the
// connection and see the answer queued then saved, reload (which asks first) and find answers and
// time intact, submit with a confirmation that lists unanswered questions, and see the result.
import { expect, test } from "@playwright/test";
import { acceptLeavePrompts } from "./exam-fixtures";
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
  await expect(
    page.getByRole("heading", { level: 1, name: "Screening exam — open now" }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Begin" }).click();
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

  // Offline: the answer is queued with a visible warning and saved once the connection is back.
  await page.context().setOffline(true);
  await page.getByRole("button", { name: /^Question 3,/ }).click();
  await expect(page.getByRole("heading", { name: /Question 3 of/ })).toBeVisible();
  await page.getByRole("radio").nth(2).check();
  await expect(page.getByTestId("offline-warning")).toContainText("1 answer waiting to be saved");
  await expect(page.getByTestId("save-receipt")).toHaveText("Saving…");
  await page.context().setOffline(false);
  await expect(page.getByTestId("save-receipt")).toContainText("Saved ✓");
  await expect(page.getByTestId("offline-warning")).toHaveCount(0);

  // A reload resumes: every answer is still chosen and the navigator says so.
  const prompts = acceptLeavePrompts(page);
  await page.reload();
  expect(prompts.asked).toBe(1);
  await expect(page.getByRole("heading", { name: /Question \d+ of/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Question 1, answered" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Question 2, answered" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Question 3, answered" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Question 4, unanswered" })).toBeVisible();
  await page.getByRole("button", { name: "Question 1, answered" }).click();
  await expect(page.getByRole("radio").nth(1)).toBeChecked();
  await expect(timer).toHaveAttribute("aria-label", /Time left (1\d|[1-9]):\d\d/);

  // Submit: the confirmation lists what is unanswered; then the score arrives.
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("Submit your answers?");
  await expect(dialog.getByTestId("unanswered-list")).toContainText(
    "7 questions are unanswered: 4,",
  );
  await dialog.getByRole("button", { name: "Submit now" }).click();
  await expect(page).toHaveURL(/\/exams\/\d+\/result/);
  await expect(page.getByTestId("exam-score")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("exam-score")).toHaveText(/^\d+\.\d\d%$/);
  await expect(page.getByTestId("result-status")).toHaveText("Scored");
  await expect(page.getByTestId("result-correct")).toHaveText(/^[0-3] of 10$/);
});
