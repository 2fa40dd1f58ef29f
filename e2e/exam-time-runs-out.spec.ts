// The clock runs out, on the seeded one-minute "Speed round" (five easy questions, the first five
// of the demo bank). One candidate answers a question and waits: at zero the page says time is up,
// submits by itself and the score appears. Another opens the exam, saves two answers and closes
// the tab: after the deadline and its grace period the server's per-minute job submits the saved
// answers and scores them, with no browser involved. The two clocks run at the same time (serial
// tests sharing one server), so the file takes about two and a half minutes.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

const examTitle = "Speed round — 1 minute";
// Seeded correct answers: "What is 7 × 8?" → B. 56, "What is 15% of 200?" → C. 30.
const firstCorrect = "B. 56";
const secondCorrect = "C. 30";

test.describe.configure({ mode: "serial" });

async function openSpeedRound(page: Page) {
  await page.goto("/exams");
  const card = page.getByTestId("exam-card").filter({ hasText: examTitle });
  await card.getByRole("link", { name: /Start|Resume/ }).click();
  await expect(page.getByTestId("exam-time-allowed")).toContainText("1 minute");
  await page.getByRole("button", { name: "Begin" }).click();
  await expect(page.getByRole("heading", { name: "Question 1 of 5" })).toBeVisible();
  await expect(page.getByRole("timer")).toHaveAttribute(
    "aria-label",
    /^Time left (01:00|00:[0-5]\d)$/,
  );
}

async function answer(page: Page, option: string) {
  await page.getByRole("radio", { name: option, exact: true }).check();
  await expect(page.getByTestId("save-receipt")).toContainText("Saved ✓");
}

test("a candidate opens the speed round, saves two answers and closes the page", async ({
  page,
}) => {
  await signIn(page, "screening.candidate@demo.example.com");
  await openSpeedRound(page);
  await answer(page, firstCorrect);
  await page.getByRole("button", { name: /^Question 2,/ }).click();
  await expect(page.getByRole("heading", { name: "Question 2 of 5" })).toBeVisible();
  await answer(page, secondCorrect);
  await page.close();
});

test("another candidate answers one question and lets the clock run out: the page submits and shows the score", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, "approved.candidate2@demo.example.com");
  await openSpeedRound(page);
  await answer(page, firstCorrect);
  await expect(page.getByRole("button", { name: "Question 1, answered" })).toBeVisible();

  // Nothing else: at zero the page says why it stops, submits, and then opens the result.
  const closed = page.getByTestId("exam-closed");
  await expect(closed).toBeVisible({ timeout: 75_000 });
  await expect(closed.getByRole("heading", { name: "Time is up" })).toBeVisible();
  await expect(closed).toContainText("Your answers were submitted automatically.");
  await expect(page).toHaveURL(/\/exams\/\d+\/result$/, { timeout: 15_000 });
  await expect(page.getByRole("heading", { level: 1, name: examTitle })).toBeVisible();
  // One correct answer out of five questions.
  await expect(page.getByTestId("exam-score")).toHaveText("20.00%", { timeout: 30_000 });
  await expect(page.getByTestId("result-correct")).toHaveText("1 of 5");
});

test("the server submits and scores the abandoned attempt without a browser", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "screening.candidate@demo.example.com");
  // Only /exams and the result page: neither closes an attempt (opening the exam again would).
  const submitted = page
    .getByTestId("exam-card")
    .filter({ hasText: examTitle })
    .getByRole("link", { name: "Submitted — see your result" });
  await expect(async () => {
    await page.goto("/exams");
    await expect(submitted).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 170_000, intervals: [5_000] });
  await submitted.click();

  await expect(page).toHaveURL(/\/exams\/\d+\/result$/);
  const result = page.getByTestId("exam-result");
  await expect(result).toContainText("(automatically, when time ran out)");
  // Submitted at the deadline, not when the job ran: exactly the one-minute countdown.
  await expect(page.getByTestId("result-time-used")).toHaveText("1 minute");
  // The two saved answers were both correct: two out of five.
  await expect(page.getByTestId("exam-score")).toHaveText("40.00%", { timeout: 30_000 });
});
