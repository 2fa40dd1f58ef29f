// Staff exam builder and exam page: an admin creates an exam scheduled for tomorrow 10:00 in their
// own time zone (live summary and countdown), picks three easy questions from the bank, lands on
// the exam page (scheduled, 3 questions, "Opens in"); then opens the seeded concluded exam, sees
// its results and chart, and corrects a candidate's score by hand.
import { expect, test } from "@playwright/test";
import { signIn } from "./support";

const timeZone = "Europe/Berlin";
test.use({ timezoneId: timeZone, locale: "en-GB" });

/** Tomorrow's date in `timeZone` as YYYY-MM-DD (what a datetime-local input takes). */
function tomorrowIn(zone: string) {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(Date.now() + 86_400_000));
}

test("an admin builds a scheduled exam from the bank and enters a score by hand", async ({
  page,
}) => {
  const title = `Journey exam ${Date.now()}`;
  await signIn(page, "admin@demo.example.com");
  await page.goto("/admin/exams");
  await expect(page.getByRole("heading", { level: 1, name: "Exams" })).toBeVisible();
  await page.getByRole("link", { name: "New exam" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New exam" })).toBeVisible();
  await expect(page.getByTestId("time-zone")).toContainText(`Times are in ${timeZone}`);

  // Details.
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Stage", { exact: true }).selectOption("screening");
  await page.getByLabel("Level", { exact: true }).fill("2");
  await page.getByLabel("Description (optional)").fill("Made by the builder journey.");

  // Schedule: tomorrow 10:00 local; the summary shows it and counts down every second.
  await page.getByLabel("Opens at", { exact: true }).fill(`${tomorrowIn(timeZone)}T10:00`);
  await page.getByLabel("Countdown (minutes)").fill("40");
  await page.getByLabel("Open for (hours)").fill("24");
  const summary = page.getByTestId("schedule-summary");
  await expect(summary).toContainText("10:00");
  const countdown = page.getByTestId("schedule-countdown");
  await expect(countdown).toHaveText(/^opens in (\d+d )?\d+h \d+m \d+s$/);
  const before = await countdown.textContent();
  await expect(countdown).not.toHaveText(before!);
  await expect(page.getByTestId("schedule-past-warning")).toHaveCount(0);

  // Questions: the pool counts, then only easy ones, three of them picked.
  await expect(page.getByTestId("bank-pool")).toContainText("Easy");
  await page.getByLabel("Difficulty", { exact: true }).selectOption("easy");
  const shown = page.getByTestId("bank-question");
  await expect(shown.filter({ hasNotText: /\beasy\b/ })).toHaveCount(0);
  await expect(shown.first()).toBeVisible();
  for (const index of [0, 1, 2]) await shown.nth(index).getByRole("checkbox").check();
  await expect(page.getByTestId("selected-count")).toHaveText(
    "3 selected: 3 easy, 0 moderate, 0 hard",
  );

  await page.getByRole("button", { name: "Create exam" }).click();
  await expect(page).toHaveURL(/\/admin\/exams\/\d+(\?saved=created)?$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId("exam-notice")).toHaveText("Exam created.");
  await expect(page.getByTestId("exam-status")).toHaveAttribute("data-status", "scheduled");
  await expect(page.getByTestId("exam-question-count")).toContainText("3 questions");
  await expect(page.getByTestId("exam-question")).toHaveCount(3);
  await expect(page.getByTestId("exam-countdown")).toHaveText(/^Opens in /);
  await expect(page.getByRole("region", { name: "Schedule" })).toContainText("10:00");
  await expect(page.getByTestId("results-empty")).toBeVisible();

  // The seeded concluded exam: results, chart, and a manual correction.
  await page.goto("/admin/exams");
  await page.getByRole("link", { name: "Screening exam — last month", exact: true }).click();
  await expect(page.getByTestId("exam-status")).toHaveAttribute("data-status", "concluded");
  const rows = page.getByTestId("result-row");
  await expect(rows.filter({ hasText: "Zainab Musa" })).toContainText("Manual");
  await expect(rows.filter({ hasText: "screening.candidate@demo.example.com" })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Score distribution: \d+ scores/ })).toBeVisible();

  const candidate = page.getByLabel("Candidate", { exact: true });
  const value = await candidate
    .locator("option", { hasText: "screening.candidate@demo.example.com" })
    .getAttribute("value");
  await candidate.selectOption(value!);
  await page.getByLabel("Score (0–100)", { exact: true }).fill("72.5");
  await page.getByRole("button", { name: "Save score" }).click();
  await expect(page.getByTestId("score-entry-done")).toContainText("Score updated.");
  await expect(page.getByTestId("score-entry-done")).toContainText("72.5");
  const corrected = rows.filter({ hasText: "screening.candidate@demo.example.com" });
  await expect(corrected).toContainText("72.50");
  await expect(corrected).toContainText("Manual");
});
