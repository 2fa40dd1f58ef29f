// The staff question bank: a moderator sees the pool counts, writes a question (the preview
// follows the typing, a repeated option is caught before sending), finds it by search, edits and
// archives it, then imports a CSV — refused while a row is broken, imported whole when it is not.
// Every run uses its own stamped texts and leaves the pool as it found it plus the two imports.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

const header = "text,option_a,option_b,option_c,option_d,correct_answer,difficulty";

async function poolTotal(page: Page) {
  const total = page.getByTestId("stat-total_questions");
  await expect(total).toHaveText(/^\d+$/);
  return Number(await total.textContent());
}

async function searchBank(page: Page, text: string) {
  await page.getByLabel("Search question text").fill(text);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]search=/);
}

async function chooseCsv(page: Page, name: string, lines: string[]) {
  await page.getByLabel("CSV file").setInputFiles({
    name,
    mimeType: "text/csv",
    buffer: Buffer.from(`${lines.join("\r\n")}\r\n`, "utf8"),
  });
  await page.getByRole("button", { name: "Preview", exact: true }).click();
}

test("a moderator writes, finds, edits and archives a question, then imports a CSV", async ({
  page,
}) => {
  const stamp = `e2e${Date.now().toString(36)}`;
  const text = `Question ${stamp}: what is 6 × 7?`;

  await signIn(page, "moderator@demo.example.com");
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Question bank" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Question bank" })).toBeVisible();
  const before = await poolTotal(page);
  for (const difficulty of ["easy", "moderate", "hard"])
    await expect(page.getByTestId(`stat-${difficulty}_questions_count`)).toHaveText(/^\d+$/);

  // Write a question; the preview follows the typing.
  await page.getByRole("link", { name: "New question" }).click();
  await expect(page).toHaveURL(/\/admin\/questions\/new$/);
  const save = page.getByRole("button", { name: "Save question" });
  await expect(save).toBeEnabled(); // hydrated
  await page.getByLabel("Question text").fill(text);
  await expect(page.getByTestId("preview-text")).toHaveText(text);
  await page.getByLabel("Option A").fill("36");
  await page.getByLabel("Option B").fill("42");
  await page.getByLabel("Option C").fill("48");
  await page.getByLabel("Option D").fill("42");
  await expect(page.getByTestId("preview-option-B")).toContainText("42");
  await page.getByRole("radio", { name: "B", exact: true }).check();
  await expect(page.getByTestId("preview-correct")).toBeVisible();
  await expect(page.getByTestId("preview-option-B")).toContainText("Correct");
  await page.getByLabel("Difficulty").selectOption("easy");

  // A repeated option is caught in the browser, as the server would.
  await save.click();
  await expect(page.getByTestId("option_d-errors")).toHaveText("Must differ from option B.");
  await expect(page).toHaveURL(/\/admin\/questions\/new$/);
  await page.getByLabel("Option D").fill("54");
  await expect(page.getByTestId("option_d-errors")).toHaveCount(0);
  await save.click();
  await expect(page).toHaveURL(/\/admin\/questions\/\d+\?saved=1$/);
  await expect(page.getByTestId("question-done")).toHaveText("Saved.");
  const id = /\/admin\/questions\/(\d+)/.exec(page.url())?.[1];
  expect(id).toBeTruthy();

  // Find it by search and open its editor.
  await page.goto("/admin/questions");
  await searchBank(page, stamp);
  const rows = page.getByTestId("question-row");
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText("easy");
  await rows.getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/admin/questions/${id}$`));
  await expect(page.getByRole("heading", { level: 1, name: `Question #${id}` })).toBeVisible();

  // Edit it.
  await expect(page.getByRole("button", { name: "Save question" })).toBeEnabled();
  await page.getByLabel("Option C").fill("49");
  await expect(page.getByTestId("preview-option-C")).toContainText("49");
  await page.getByRole("button", { name: "Save question" }).click();
  await expect(page.getByTestId("question-done")).toHaveText("Saved.");
  await page.reload();
  await expect(page.getByLabel("Option C")).toHaveValue("49");
  await expect(page.getByRole("button", { name: "Save question" })).toBeEnabled(); // hydrated

  // Archive it (confirmed), and it is gone from the list and the pool.
  await page.getByRole("button", { name: "Archive question" }).click();
  const confirmArchive = page.getByRole("alertdialog");
  await expect(confirmArchive).toContainText("Archive this question?");
  await confirmArchive.getByRole("button", { name: "Archive question" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/questions\\?archived=${id}$`));
  await expect(page.getByTestId("archived-notice")).toContainText(`#${id}`);
  expect(await poolTotal(page)).toBe(before);
  await searchBank(page, stamp);
  await expect(page.getByTestId("questions-empty")).toContainText(
    "No questions match these filters.",
  );

  // Import: a file with a broken row is previewed with the row's error, and cannot be imported.
  await page.goto("/admin/questions/import");
  await expect(page.getByRole("link", { name: "Download a sample CSV" })).toHaveAttribute(
    "href",
    /^data:text\/csv/,
  );
  await expect(page.getByRole("button", { name: "Preview", exact: true })).toBeEnabled();
  await chooseCsv(page, "broken.csv", [
    header,
    `Broken ${stamp} one,1,2,3,4,A,easy`,
    `Broken ${stamp} two,1,2,3,4,E,easy`,
  ]);
  await expect(page.getByTestId("import-rows")).toHaveText("2");
  await expect(page.getByTestId("import-valid")).toHaveText("1");
  const errorRows = page.getByTestId("import-error-row");
  await expect(errorRows).toHaveCount(1);
  await expect(errorRows).toContainText("2");
  await expect(errorRows).toContainText("correct_answer");
  await expect(page.getByTestId("import-commit")).toBeDisabled();

  // A good file: previewed, then imported whole.
  await chooseCsv(page, "good.csv", [
    header,
    `Imported ${stamp} one,Red,Green,Blue,Yellow,C,moderate`,
    `"Imported ${stamp} two, with a comma",North,South,East,West,A,hard`,
  ]);
  await expect(page.getByTestId("import-valid")).toHaveText("2");
  await expect(page.getByTestId("import-error-row")).toHaveCount(0);
  await expect(page.getByTestId("import-preview-row")).toHaveCount(2);
  const importButton = page.getByTestId("import-commit");
  await expect(importButton).toHaveText("Import 2 questions");
  await expect(importButton).toBeEnabled();
  await importButton.click();
  await expect(page.getByTestId("import-done")).toHaveText("Imported 2 questions.");

  // Both are in the bank.
  await page.getByRole("link", { name: "Go to the question bank" }).click();
  await expect(page).toHaveURL(/\/admin\/questions$/);
  expect(await poolTotal(page)).toBe(before + 2);
  await searchBank(page, `Imported ${stamp}`);
  await expect(page.getByTestId("question-row")).toHaveCount(2);
  await expect(page.getByTestId("question-row").first()).toContainText(stamp);
});

test("a CSV of 900 KB (just under the 1 MB limit) is previewed and imported in one go", async ({
  page,
}) => {
  // Long rows (near the 2,000- and 500-character limits) make a file just under the 1 MB import
  // limit. The import step sends the previewed text back to the server (in the action's state),
  // so the page's server action must accept more than Next's 1 MB default (next.config.ts).
  const stamp = `big${Date.now().toString(36)}`;
  const filler = (length: number, seed: string) => seed.padEnd(length, " lorem ipsum").trimEnd();
  const rows = Array.from({ length: 240 }, (_, index) =>
    [
      `"${filler(1900, `Large import ${stamp} question ${index}:`)}"`,
      ...["a", "b", "c", "d"].map((option) => `"${filler(480, `Option ${option} ${index}`)}"`),
      "ABCD"[index % 4],
      "moderate",
    ].join(","),
  );
  const lines = [header, ...rows];
  const bytes = Buffer.byteLength(`${lines.join("\r\n")}\r\n`);
  expect(bytes).toBeGreaterThan(900_000);
  expect(bytes).toBeLessThan(1_000_000);

  await signIn(page, "moderator@demo.example.com");
  await page.goto("/admin/questions/import");
  await chooseCsv(page, "large.csv", lines);
  await expect(page.getByTestId("import-rows")).toHaveText("240");
  await expect(page.getByTestId("import-valid")).toHaveText("240");
  await expect(page.getByTestId("import-error-row")).toHaveCount(0);
  const importButton = page.getByTestId("import-commit");
  await expect(importButton).toHaveText("Import 240 questions");
  await importButton.click();
  await expect(page.getByTestId("import-done")).toHaveText("Imported 240 questions.");

  await page.goto(`/admin/questions?search=${encodeURIComponent(`Large import ${stamp}`)}`);
  await expect(page.getByTestId("question-row").first()).toContainText(stamp);
});
