// The start page: opening an exam's link shows what the exam is (title, questions, time allowed,
// the window's close in the viewer's time zone, what is recorded) and starts nothing; the clock
// starts at Begin; opening the exam again resumes at once. An exam without questions says so.
import { expect, test } from "@playwright/test";
import { acceptLeavePrompts, createOpenExam, serverAttempt } from "./exam-fixtures";
import { signIn } from "./support";

const timeZone = "Asia/Tokyo";
test.use({ timezoneId: timeZone, locale: "en-GB" });

test("the start page describes the exam, viewing it starts nothing, and Begin starts the clock", async ({
  page,
  request,
}) => {
  const exam = await createOpenExam(request, {
    title: `Start page journey ${Date.now()}`,
    questionCount: 4,
    countdownMinutes: 15,
  });
  await signIn(page, "final.candidate@demo.example.com");
  await page.goto("/exams");
  await page
    .getByTestId("exam-card")
    .filter({ hasText: exam.title })
    .getByRole("link", { name: /Start|Resume/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`/exams/${exam.id}/take$`));
  const viewedAt = Date.now();

  await expect(page.getByRole("heading", { level: 1, name: exam.title })).toBeVisible();
  await expect(page.getByTestId("exam-question-count")).toHaveText("4");
  await expect(page.getByTestId("exam-time-allowed")).toContainText(
    "15 minutes, counted from when you press Begin",
  );
  // The window's close, in the viewer's zone, with the zone named.
  const closes = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
  }).format(new Date(exam.closesAt));
  await expect(page.getByTestId("exam-closes-at")).toHaveText(closes);
  await expect(page.getByTestId("exam-closes-at")).toContainText("GMT+9");
  const recorded = page.getByRole("region", { name: "What is recorded during the attempt" });
  await expect(recorded).toContainText("Each answer you choose, and when it was saved");
  // No questions and no clock yet.
  await expect(page.getByRole("timer")).toHaveCount(0);
  await expect(page.getByRole("radio")).toHaveCount(0);

  // Linger on the start page: the time spent here is not taken from the candidate.
  await page.waitForTimeout(4_000);
  await page.reload();
  await expect(page.getByRole("button", { name: "Begin" })).toBeVisible();
  await page.getByRole("button", { name: "Begin" }).click();
  await expect(page.getByRole("heading", { name: "Question 1 of 4" })).toBeVisible();
  await expect(page.getByRole("timer")).toHaveAttribute("aria-label", /^Time left 1[45]:\d\d$/);
  const attempt = await serverAttempt(page, exam.id);
  expect(Date.parse(attempt.started_at)).toBeGreaterThanOrEqual(viewedAt + 4_000);
  expect(Date.parse(attempt.deadline) - Date.parse(attempt.started_at)).toBe(15 * 60_000);

  // Opening the exam again resumes at once: the same attempt, no start page.
  acceptLeavePrompts(page);
  await page.goto(`/exams/${exam.id}/take`);
  await expect(page.getByRole("heading", { name: "Question 1 of 4" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Begin" })).toHaveCount(0);
  expect((await serverAttempt(page, exam.id)).started_at).toBe(attempt.started_at);
});

test("when the window closes before the countdown would end, the start page says how long is left", async ({
  page,
  request,
}) => {
  // A 90-minute countdown in a one-hour window.
  const exam = await createOpenExam(request, {
    title: `Short window journey ${Date.now()}`,
    questionCount: 2,
    countdownMinutes: 90,
    openDurationHours: 1,
  });
  await signIn(page, "winner.candidate@demo.example.com");
  await page.goto(`/exams/${exam.id}/take`);
  await expect(page.getByTestId("exam-time-allowed")).toContainText("1 hour 30 minutes");
  await expect(page.getByTestId("exam-time-cut-short")).toContainText(
    /if you begin now, you have (59|60) minutes/,
  );
});

test("an exam without questions says so in plain words and offers no Begin", async ({
  page,
  request,
}) => {
  const exam = await createOpenExam(request, {
    title: `Empty exam journey ${Date.now()}`,
    questionCount: 0,
  });
  await signIn(page, "final.candidate@demo.example.com");
  await page.goto(`/exams/${exam.id}/take`);
  const refusal = page.getByTestId("take-exam-error");
  await expect(refusal).toContainText("This exam has no questions yet. Please try again later.");
  await expect(page.getByRole("button", { name: "Begin" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Back to exams" }).first()).toBeVisible();
});
