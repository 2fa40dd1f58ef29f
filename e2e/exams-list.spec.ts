// The candidate's exam list says what the person can do, in words: no Start button for someone
// who may not start, what to do about it instead, and durations and stages written for people.
import { expect, test } from "@playwright/test";
import { signIn } from "./support";

test("an unverified candidate sees no Start button and is told to upload documents", async ({
  page,
}) => {
  await signIn(page, "unverified.candidate@demo.example.com");
  await page.goto("/exams");
  const notice = page.getByTestId("exams-verification-notice");
  await expect(notice).toContainText("You cannot take exams yet");
  await expect(notice).toContainText("you have not sent your documents yet");
  await notice.getByRole("link", { name: "Upload your documents" }).click();
  await expect(page).toHaveURL(/\/verification$/);

  await page.goto("/exams");
  const open = page.getByTestId("exam-card").filter({ hasText: "Screening exam — open now" });
  await expect(open).toContainText("Open now");
  await expect(open).toContainText("you can start it once your identity is verified");
  await expect(page.getByRole("link", { name: /^(Start|Resume)/ })).toHaveCount(0);
});

test("a candidate whose documents wait for review is told so", async ({ page }) => {
  await signIn(page, "pending.candidate@demo.example.com");
  await page.goto("/exams");
  const notice = page.getByTestId("exams-verification-notice");
  await expect(notice).toContainText("are waiting for a reviewer");
  await expect(notice.getByRole("link", { name: "See your submission" })).toHaveAttribute(
    "href",
    "/verification",
  );
  await expect(page.getByRole("link", { name: /^(Start|Resume)/ })).toHaveCount(0);
});

test("a verified candidate sees Start, stages and durations in words", async ({ page }) => {
  await signIn(page, "league.candidate@demo.example.com");
  await page.goto("/exams");
  await expect(page.getByTestId("exams-verification-notice")).toHaveCount(0);
  const league = page.getByTestId("exam-card").filter({ hasText: "League exam — open now" });
  await expect(league).toContainText("League, round 1 · 30 minutes to answer");
  await expect(league.getByRole("link", { name: /^(Start|Resume)/ })).toBeVisible();
  await expect(page.getByText(/(screening|league|final)_\d/)).toHaveCount(0);
  await expect(page.getByText(/\b1 minutes\b/)).toHaveCount(0);
});
