// The exam page's keyboard, flags and chrome. The keys work as soon as the page loads, and an
// arrow key never changes an answer (with focus on an option, → used to select the next option
// and autosave it). Saved times are in the viewer's zone before and after a reload. Questions can
// be flagged for review (navigator and submit dialog). The timer stays in view when scrolling,
// there is no site menu, and leaving asks first.
import { expect, test, type Page } from "@playwright/test";
import {
  acceptLeavePrompts,
  createOpenExam,
  savedAnswer,
  serverAttempt,
  type FreshExam,
} from "./exam-fixtures";
import { signIn } from "./support";

const timeZone = "Asia/Tokyo";
test.use({ timezoneId: timeZone, locale: "en-GB" });

async function begin(page: Page, exam: FreshExam) {
  await signIn(page, "final.candidate@demo.example.com");
  await page.goto(`/exams/${exam.id}/take`);
  await page.getByRole("button", { name: "Begin" }).click();
  await expect(page.getByRole("heading", { name: /^Question 1 of/ })).toBeVisible();
}

const heading = (page: Page, n: number) =>
  page.getByRole("heading", { name: new RegExp(`^Question ${n} of`) });

test("the shortcuts work right after the page loads, before anything is clicked", async ({
  page,
  request,
}) => {
  const exam = await createOpenExam(request, {
    title: `Keys on load journey ${Date.now()}`,
    questionCount: 3,
  });
  await begin(page, exam);
  acceptLeavePrompts(page);
  // A fresh load, nothing clicked or tabbed to.
  await page.goto(`/exams/${exam.id}/take`);
  await expect(heading(page, 1)).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(heading(page, 2)).toBeVisible();
  await page.keyboard.press("ArrowLeft");
  await expect(heading(page, 1)).toBeVisible();
  await page.keyboard.press("c");
  await expect(page.getByRole("radio", { name: /^C\./ })).toBeChecked();
  await expect(page.getByTestId("save-receipt")).toContainText("Saved ✓");
  expect(await savedAnswer(page, exam.id, exam.questions[0]!.id)).toBe("C");
  // Held with a modifier, a key is the browser's, not the page's.
  await page.keyboard.press("Control+ArrowRight");
  await expect(heading(page, 1)).toBeVisible();
});

test("arrow keys never change an answer: click B, press → twice, question 1 is still B", async ({
  page,
  request,
}) => {
  const exam = await createOpenExam(request, {
    title: `Arrow keys journey ${Date.now()}`,
    questionCount: 5,
  });
  const [first, second] = exam.questions;
  await begin(page, exam);
  await page.getByRole("radio", { name: /^B\./ }).click();
  await expect(page.getByTestId("save-receipt")).toContainText("Saved ✓");
  await expect(page.getByRole("radio", { name: /^B\./ })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(heading(page, 3)).toBeVisible();
  await expect(page.getByRole("radio", { checked: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Question 1, answered" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Question 2, unanswered" })).toBeVisible();
  // On an option, ↓ moves the focus only; nothing is chosen.
  await page.getByRole("radio", { name: /^A\./ }).focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: /^B\./ })).toBeFocused();
  await expect(page.getByRole("radio", { checked: true })).toHaveCount(0);
  // The server agrees: question 1 is B, question 2 has no answer.
  expect(await savedAnswer(page, exam.id, first!.id)).toBe("B");
  expect(await savedAnswer(page, exam.id, second!.id)).toBe("");
  // And the hint says exactly that.
  await expect(page.getByTestId("keyboard-hint")).toHaveText(
    "Keyboard: A–D choose an answer · ← → previous or next question · F flag for review. " +
      "Arrow keys never change an answer.",
  );
});

test("the saved time is in the viewer's zone, before a reload and after it", async ({
  page,
  request,
}) => {
  const exam = await createOpenExam(request, {
    title: `Saved time journey ${Date.now()}`,
    questionCount: 2,
  });
  await begin(page, exam);
  await page.getByRole("radio", { name: /^D\./ }).click();
  await expect(page.getByTestId("save-receipt")).toContainText("Saved ✓");
  const savedAt = (await serverAttempt(page, exam.id)).answers[0]!.saved_at;
  const local = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).format(new Date(savedAt));
  await expect(page.getByTestId("save-receipt")).toHaveText(`Saved ✓ ${local}`);
  acceptLeavePrompts(page);
  await page.reload();
  await expect(heading(page, 1)).toBeVisible();
  await expect(page.getByTestId("save-receipt")).toHaveText(`Saved ✓ ${local}`);
});

test("questions flagged for review show in the navigator and the submit dialog", async ({
  page,
  request,
}) => {
  const exam = await createOpenExam(request, {
    title: `Flags journey ${Date.now()}`,
    questionCount: 5,
  });
  await begin(page, exam);
  const prompts = acceptLeavePrompts(page);

  await page.keyboard.press("a");
  await page.getByRole("button", { name: /^Question 3,/ }).click();
  await page.keyboard.press("f");
  await expect(
    page.getByRole("button", { name: "Question 3, unanswered, flagged for review" }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Flag for review", pressed: true })).toBeVisible();
  await page.getByRole("button", { name: /^Question 5,/ }).click();
  await page.getByRole("button", { name: "Flag for review", pressed: false }).click();
  await expect(
    page.getByRole("button", { name: "Question 5, unanswered, flagged for review" }),
  ).toBeVisible();

  // Flags survive a reload (the reload asks first: the attempt is running).
  await page.reload();
  expect(prompts.asked).toBe(1);
  await expect(
    page.getByRole("button", { name: "Question 3, unanswered, flagged for review" }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Question 1, answered" })).toBeVisible();

  // The submit dialog lists them; a number goes back to that question.
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Submit your answers?" });
  await expect(dialog.getByTestId("flagged-list")).toHaveText("Flagged for review: 3, 5.");
  await expect(dialog.getByTestId("unanswered-list")).toHaveText(
    "4 questions are unanswered: 2, 3, 4, 5.",
  );
  // Shortcuts are off while the dialog is open.
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("b");
  await dialog
    .getByTestId("flagged-list")
    .getByRole("button", { name: "Go to question 5" })
    .click();
  await expect(dialog).toHaveCount(0);
  await expect(heading(page, 5)).toBeVisible();
  await expect(page.getByRole("radio", { checked: true })).toHaveCount(0);
  await page.keyboard.press("f");
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  await expect(dialog.getByTestId("flagged-list")).toHaveText("Flagged for review: 3.");
  await dialog.getByRole("button", { name: "Submit now" }).click();
  await expect(page).toHaveURL(new RegExp(`/exams/${exam.id}/result$`));
});

test("the timer stays in view when scrolling, there is no site menu, and leaving asks first", async ({
  page,
  request,
}) => {
  const exam = await createOpenExam(request, {
    title: `Chrome journey ${Date.now()}`,
    questionCount: 3,
  });
  await page.setViewportSize({ width: 390, height: 500 });
  await begin(page, exam);
  await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);

  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  await expect(page.getByRole("timer")).toBeInViewport();
  await expect(page.getByRole("button", { name: "Leave exam" })).toBeInViewport();

  // Leaving is confirmed first; "Stay in the exam" keeps the candidate here.
  await page.getByRole("button", { name: "Leave exam" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Leave the exam?" });
  await expect(confirm).toContainText("The clock keeps running while you are away");
  await confirm.getByRole("button", { name: "Stay in the exam" }).click();
  await expect(confirm).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`/exams/${exam.id}/take$`));
  await page.getByRole("button", { name: "Leave exam" }).click();
  await confirm.getByRole("button", { name: "Leave exam" }).click();
  await expect(page).toHaveURL(/\/exams$/);
});
