// Leaderboards: a league candidate opens the published league board, finds their own row by
// "Jump to my rank", and opens their performance page (answers against the key); a screening
// candidate sees the screening board only; an admin publishes and sees the new snapshot arrive.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

/** No serious or critical accessibility violation on the page as it is now. */
async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(", ")}`,
    );
  expect(serious).toEqual([]);
}

test("a league candidate finds their rank and opens their performance", async ({ page }) => {
  await signIn(page, "league.candidate@demo.example.com");
  await page.getByRole("link", { name: "Leaderboards" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Leaderboards" })).toBeVisible();
  await expect(page.getByText(/less time used ranks first/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "League, round 1" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "League, round 1" })).toBeVisible();
  await expect(page.getByTestId("podium")).toContainText("Chioma Okafor");
  await expect(page.getByText("You are ranked 4 of 11.")).toBeVisible();
  await page.getByRole("link", { name: "Jump to my rank" }).click();
  await expect(page).toHaveURL(/#my-rank$/);
  const mine = page.locator("#my-rank");
  await expect(mine).toContainText("(you)");
  await expect(mine).toContainText("80.00%");
  await expect(mine).toContainText("Same score as the entry above, more time used.");
  // Tunde shares the rank and is listed after, by submission.
  const tunde = page.getByTestId("board-row").filter({ hasText: "Tunde Bakare" });
  await expect(tunde).toContainText("same rank, submitted later");
  await expect(tunde.getByRole("cell").first()).toHaveText("4");
  await expectAccessible(page);

  await mine.getByRole("link").click();
  await expect(page.getByTestId("performance-rank")).toHaveText("4 of 11");
  await expect(page.getByTestId("performance-question")).toHaveCount(10);
  await expect(page.getByTestId("performance-question").first()).toContainText("correct answer");
  await expectAccessible(page);
});

test("a screening candidate sees the screening board and is told why the league board is closed", async ({
  page,
}) => {
  await signIn(page, "screening.candidate@demo.example.com");
  await page.goto("/leaderboards");
  await expect(page.getByRole("link", { name: "Screening, round 1" })).toBeVisible();
  await expect(page.getByRole("link", { name: "League, round 1" })).toHaveCount(0);
  await page.goto("/leaderboards/league/1");
  await expect(page.getByTestId("no-access")).toContainText(
    "Other boards open when you reach the league",
  );
});

test("an admin publishes and sees the new snapshot appear", async ({ page }) => {
  await signIn(page, "admin@demo.example.com");
  await page.goto("/leaderboards");
  await page.getByRole("link", { name: "Publish and history" }).click();
  await expect(page).toHaveURL(/\/admin\/leaderboards$/);
  const rows = page.getByTestId("snapshot-row");
  await expect(rows.first()).toBeVisible(); // the demo data's snapshot
  const before = await rows.count();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Publish leaderboards" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("Publish the leaderboards now?");
  await dialog.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByTestId("publish-status")).toContainText(/Published: snapshot \d+/, {
    timeout: 30_000,
  });
  await expect(rows).toHaveCount(before + 1);
  await expect(rows.first()).toContainText("Amina Yusuf");
});
