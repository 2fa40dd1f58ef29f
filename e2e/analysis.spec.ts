// Item analysis end to end, on the demo's spring round (300 generated candidates, one mis-keyed
// question): an admin opens the exam's Analysis tab, sorts the questions by discrimination, finds
// the flawed question first and flagged, looks at its answers, and downloads the results as CSV and
// as Excel; the staff dashboard leads to the competition analytics.
import fs from "node:fs";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn } from "./support";

const flawed = "Which is the largest ocean on Earth?";

async function download(page: Page, name: string) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name }).click(),
  ]);
  return { name: file.suggestedFilename(), path: (await file.path())! };
}

test("an admin finds the flawed question and downloads the results", async ({ page }) => {
  await signIn(page, "admin@demo.example.com");
  await page.goto("/admin/exams");
  await page.getByRole("link", { name: "Screening exam — spring round" }).click();
  await page.getByRole("tab", { name: "Analysis" }).click();
  await expect(page).toHaveURL(/\/admin\/exams\/\d+\/analysis$/);
  await expect(page.getByTestId("stat-scored")).toHaveText("300");
  await expect(page.getByTestId("score-chart")).toBeVisible();
  const rows = page.getByTestId("analysis-question");
  await expect(rows).toHaveCount(21);
  await expect(rows.first()).toContainText("What is 7 × 8?");

  // Lowest discrimination first: the mis-keyed question, flagged in words.
  const header = page.getByRole("columnheader", { name: /Discrimination/ });
  await header.getByRole("button").click();
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  await expect(rows.first()).toContainText(flawed);
  const flags = rows.first().getByTestId("question-flags");
  await expect(flags).toContainText("Weaker candidates did better");
  await expect(flags).toContainText("Top candidates chose a wrong option");
  await rows.first().getByText("Answers chosen (key C)").click();
  await expect(rows.first().getByRole("list", { name: "Answers chosen" })).toContainText("(key)");
  // Pressed again: highest first.
  await header.getByRole("button").click();
  await expect(header).toHaveAttribute("aria-sort", "descending");
  await expect(rows.last()).toContainText(flawed);

  await page.getByLabel("Only flagged questions").check();
  const flaggedCount = await rows.count();
  expect(flaggedCount).toBeGreaterThan(0);
  expect(flaggedCount).toBeLessThan(21);
  await expectAccessible(page);

  const csv = await download(page, "Results (CSV)");
  expect(csv.name).toMatch(/^exam-\d+-results\.csv$/);
  const records = parse(fs.readFileSync(csv.path, "utf8"), { columns: true }) as Record<
    string,
    string
  >[];
  expect(records).toHaveLength(300);
  expect(records[0]!.rank).toBe("1");
  expect(Object.keys(records[0]!)).toContain("q21");

  const xlsx = await download(page, "Results (Excel)");
  expect(xlsx.name).toMatch(/^exam-\d+-results\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx.path);
  expect(workbook.getWorksheet("Results")!.actualRowCount).toBe(301);

  const questions = await download(page, "Question analysis (CSV)");
  const analysed = parse(fs.readFileSync(questions.path, "utf8"), { columns: true }) as Record<
    string,
    string
  >[];
  expect(analysed.find((row) => row.question === flawed)!.flags).toContain(
    "negative_discrimination",
  );

  // The flagged question's link opens its editor.
  await page.getByRole("link", { name: flawed }).click();
  await expect(page).toHaveURL(/\/admin\/questions\/\d+$/);
});

test("the staff dashboard leads an admin to the competition analytics", async ({ page }) => {
  await signIn(page, "admin@demo.example.com");
  await page.getByRole("link", { name: "Open competition analytics" }).click();
  await expect(page).toHaveURL(/\/admin\/analytics$/);
  await expect(page.getByRole("heading", { name: "Competition analytics" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Candidates and attempts per day/ })).toBeVisible();
  await expect(
    page.getByTestId("reliability-row").filter({ hasText: "League qualifier" }),
  ).toBeVisible();
  await expect(page.getByTestId("pass-through")).toContainText("Screening:");
  await expectAccessible(page);
});

test("a moderator has no analytics", async ({ page }) => {
  await signIn(page, "moderator@demo.example.com");
  await expect(page.getByRole("link", { name: "Open competition analytics" })).toHaveCount(0);
  await page.goto("/admin/analytics");
  await expect(
    page.getByRole("heading", { name: "You don't have access to the competition analytics" }),
  ).toBeVisible();
});
