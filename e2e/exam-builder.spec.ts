// Staff exam builder and exam page: an admin creates an exam scheduled for tomorrow 10:00 in their
// own time zone (live summary and countdown), picks three easy questions from the bank, lands on
// the exam page (scheduled, 3 questions, "Opens in"; its sections are tabs); then opens the seeded
// concluded exam, sees its results and chart, and changes a candidate's score by hand. Then: the builder's errors go as
// fields are put right, a round above 10, "Open now", and on the open exam's page "Extend window"
// and "End now", each confirmed with the number of candidates still writing.
import { expect, test, type Page } from "@playwright/test";
import { examIdByTitle } from "./exam-fixtures";
import { signIn } from "./support";

const timeZone = "Europe/Berlin";
test.use({ timezoneId: timeZone, locale: "en-GB" });

/** Open one of the exam page's tabs (each a page of its own) and wait until it is selected. */
async function openTab(page: Page, name: string) {
  const tab = page.getByRole("tab", { name, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute("aria-selected", "true");
}

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
  request,
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
  await page.getByLabel("Round (level)", { exact: true }).fill("2");
  await page.getByLabel("Description (optional)").fill("Made by the builder journey.");

  // Schedule: tomorrow 10:00 local; the summary shows it and counts down every second.
  await page.getByLabel("Opens at", { exact: true }).fill(`${tomorrowIn(timeZone)}T10:00`);
  await page.getByLabel("Time per candidate (minutes)").fill("40");
  await page.getByLabel("Open for (hours)").fill("24");
  const summary = page.getByTestId("schedule-summary");
  await expect(summary).toContainText("10:00");
  const countdown = page.getByTestId("schedule-countdown");
  await expect(countdown).toHaveText(/^opens in (\d+d )?\d+h \d+m \d+s$/);
  const before = await countdown.textContent();
  await expect(countdown).not.toHaveText(before!);
  await expect(page.getByTestId("schedule-past-note")).toHaveCount(0);

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
  await openTab(page, "Questions");
  await expect(page.getByTestId("exam-question-count")).toContainText("3 questions");
  await expect(page.getByTestId("exam-question")).toHaveCount(3);
  await openTab(page, "Overview");
  await expect(page.getByTestId("exam-countdown")).toHaveText(/^Opens in /);
  await expect(page.getByRole("region", { name: "Schedule" })).toContainText("10:00");
  await openTab(page, "Scores");
  await expect(page.getByTestId("results-empty")).toBeVisible();

  await expect(page.getByText("Screening, round 2")).toBeVisible();
  await openTab(page, "Overview");
  await expect(page.getByText("40 minutes from when they start")).toBeVisible();
  await expect(page.getByText("open for 24 hours")).toBeVisible();

  // The list says what each duration is, and names stages in words.
  await page.goto("/admin/exams");
  const listed = page.getByTestId("exam-row").filter({ hasText: title });
  await expect(listed).toContainText("Screening, round 2");
  await expect(listed).toContainText("40 minutes");
  await expect(listed).toContainText("24 hours");
  await expect(page.getByRole("columnheader", { name: "Time per candidate" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Open for" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Countdown" })).toHaveCount(0);

  // The seeded concluded exam: results, chart, and a manual change of score.
  // By id: other journeys add exams, so the seeded one may be on any page of the list.
  await page.goto(`/admin/exams/${await examIdByTitle(request, "Screening exam — last month")}`);
  await expect(page.getByTestId("exam-status")).toHaveAttribute("data-status", "concluded");
  await openTab(page, "Scores");
  const rows = page.getByTestId("result-row");
  await expect(rows.filter({ hasText: "Zainab Musa" })).toContainText("Manual");
  await expect(rows.filter({ hasText: "screening.candidate@demo.example.com" })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Score distribution: \d+ scores/ })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Correct answers" })).toBeVisible();
  const seeded = rows.filter({ hasText: "screening.candidate@demo.example.com" });
  await expect(seeded.getByRole("link", { name: /^Change score/ })).toBeVisible();

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

/** Start the exam as a candidate in a browser of their own, and save one answer. */
async function candidateStarts(page: Page, examId: string) {
  await signIn(page, "screening.candidate@demo.example.com");
  const origin = new URL(page.url()).origin;
  const take = await page.request.get(`/api/v1/exams/${examId}/take-exam/`);
  expect(take.status()).toBe(200);
  const { questions } = (await take.json()) as { questions: { id: number }[] };
  const saved = await page.request.put(`/api/v1/exams/${examId}/answers/${questions[0]!.id}/`, {
    headers: { origin },
    data: { selected_option: "A", seq: 1 },
  });
  expect(saved.status()).toBe(200);
}

test("the builder's errors go as fields are fixed; an exam opened now is extended, then ended with its candidates' answers", async ({
  page,
  browser,
}) => {
  const title = `Open-now journey ${Date.now()}`;
  await signIn(page, "admin@demo.example.com");
  await page.goto("/admin/exams/new");

  // Saving with no title: the error shows, and goes as soon as a title is typed.
  await page.getByRole("button", { name: "Create exam" }).click();
  const titleField = page.getByLabel("Title", { exact: true });
  await expect(page.getByTestId("builder-error")).toBeVisible();
  await expect(page.getByText("Give the exam a title.").first()).toBeVisible();
  await titleField.fill(title);
  await expect(page.getByText("Give the exam a title.")).toHaveCount(0);
  await expect(page.getByTestId("builder-error")).toHaveCount(0);

  // A round above 10 is fine; 1001 is not, and the error goes when it is put right.
  const round = page.getByLabel("Round (level)", { exact: true });
  await round.fill("1001");
  await page.getByRole("button", { name: "Create exam" }).click();
  await expect(page.getByText("A whole number from 1 to 1000.").first()).toBeVisible();
  await round.fill("37");
  await expect(page.getByText("A whole number from 1 to 1000.")).toHaveCount(0);

  // A time in the past says what saving does; "Open now" lets the server's clock decide.
  await page.getByLabel("Opens at", { exact: true }).fill("2020-01-01T10:00");
  await expect(page.getByTestId("schedule-past-note")).toContainText(
    "whole window is already over: it will be recorded as concluded",
  );
  await page.getByRole("button", { name: "Open now" }).click();
  await expect(page.getByTestId("schedule-open-now")).toContainText("Opens as soon as you save");
  await expect(page.getByTestId("schedule-past-note")).toHaveCount(0);
  await page.getByLabel("Open for (hours)").fill("2");
  const shown = page.getByTestId("bank-question");
  await expect(shown.first()).toBeVisible();
  for (const index of [0, 1, 2]) await shown.nth(index).getByRole("checkbox").check();
  await page.getByRole("button", { name: "Create exam" }).click();
  await expect(page).toHaveURL(/\/admin\/exams\/\d+(\?saved=created)?$/);
  const examId = /\/admin\/exams\/(\d+)/.exec(page.url())![1]!;
  await expect(page.getByTestId("exam-status")).toHaveAttribute("data-status", "ongoing");
  await expect(page.getByText("Screening, round 37")).toBeVisible();

  // A candidate starts it and saves an answer.
  const candidateContext = await browser.newContext({ timezoneId: timeZone, locale: "en-GB" });
  await candidateStarts(await candidateContext.newPage(), examId);

  // Extend: the confirmation counts the candidate still writing and shows the new close time.
  await page.reload();
  await page.getByRole("button", { name: "Extend window" }).click();
  let dialog = page.getByRole("alertdialog");
  await expect(dialog.getByTestId("window-writing-count")).toHaveText(
    "1 candidate is still writing.",
  );
  await dialog.getByLabel("Extra hours").fill("3");
  await expect(dialog).toContainText("New close time:");
  await expect(dialog).toContainText("open for 5 hours in all");
  await dialog.getByRole("button", { name: "Extend by 3 hours" }).click();
  await expect(page.getByTestId("exam-window-notice")).toContainText(
    "the exam is now open for 5 hours in all",
  );
  await expect(page.getByText("open for 5 hours", { exact: true })).toBeVisible();

  // End now: the confirmation says who is writing and what happens to their answers.
  await page.getByRole("button", { name: "End now" }).click();
  dialog = page.getByRole("alertdialog");
  await expect(dialog.getByTestId("window-writing-count")).toHaveText(
    "1 candidate is still writing. Their saved answers will be submitted and scored now.",
  );
  await dialog.getByRole("button", { name: "End the exam now" }).click();
  await expect(page.getByTestId("exam-window-notice")).toContainText(
    "The exam has ended. The saved answers of 1 candidate were submitted and are being scored.",
  );
  await expect(page.getByTestId("exam-status")).toHaveAttribute("data-status", "concluded");
  await expect(page.getByRole("region", { name: "Schedule" })).toContainText("ended early");
  await expect(page.getByRole("button", { name: "End now" })).toHaveCount(0);

  // Scored in the background: the candidate's row appears with their answers counted.
  await openTab(page, "Scores");
  const row = page
    .getByTestId("result-row")
    .filter({ hasText: "screening.candidate@demo.example.com" });
  await expect(async () => {
    await page.reload();
    await expect(row).toContainText("of 3", { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(row).toContainText("Computed");
  await candidateContext.close();
});
