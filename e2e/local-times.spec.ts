// Times in the viewer's own time zone: a browser in Tokyo (UTC+9, no daylight saving) sees every
// time on these pages as Tokyo time in the one format, and exam schedules name the zone.
import { expect, test, type Locator } from "@playwright/test";
import { formatTime, type TimeStyle } from "../lib/time/format-time";
import { signIn } from "./support";

test.use({ timezoneId: "Asia/Tokyo" });

/** Every <time> under `scope` reads as its instant in Tokyo; returns how many there were. */
async function expectTokyoTimes(
  scope: Locator,
  { style = "datetime", withZone = false }: { style?: TimeStyle; withZone?: boolean } = {},
) {
  const times = scope.locator("time");
  await expect(times.first()).toBeVisible();
  const count = await times.count();
  for (let index = 0; index < count; index += 1) {
    const time = times.nth(index);
    const iso = (await time.getAttribute("datetime"))!;
    await expect(time).toHaveText(formatTime(iso, { timeZone: "Asia/Tokyo", style, withZone }));
  }
  return count;
}

test("a candidate in Tokyo sees sign-ins and exam schedules in Tokyo time", async ({ page }) => {
  await signIn(page, "screening.candidate@demo.example.com");

  await page.goto("/account/security");
  await expectTokyoTimes(page.getByRole("list", { name: "Sessions" }));
  await expectTokyoTimes(page.getByRole("table"));
  await expect(page.getByText(/UTC/)).toHaveCount(0);

  await page.goto("/exams");
  const openExam = page.getByTestId("exam-card").filter({ hasText: "Screening exam — open now" });
  await expectTokyoTimes(openExam, { withZone: true });
  await expect(openExam).toContainText("GMT+9");
});

test("a manager in Tokyo sees review times and a person's dates in Tokyo time", async ({
  page,
}) => {
  await signIn(page, "manager@demo.example.com");

  await page.goto("/admin/verifications");
  const card = page.getByTestId("verification-card").first();
  await expectTokyoTimes(card);

  await page.goto("/admin/candidates");
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/admin\/people\//);
  const field = (label: string) =>
    page.getByRole("region", { name: "Details" }).locator("div").filter({ hasText: label });
  await expectTokyoTimes(field("Joined"), { style: "date" });
  await expectTokyoTimes(field("Last updated"));
});

test("the dev mailbox shows when each email was sent in Tokyo time", async ({ page }) => {
  // Send one: a password reset request.
  await page.goto("/forgot-password");
  await page.getByLabel("Email", { exact: true }).fill("winner.candidate@demo.example.com");
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByRole("status")).toContainText("If an account exists");

  await page.goto("/dev/mailbox");
  const emails = page.getByRole("list", { name: "Emails" });
  const shown = await expectTokyoTimes(emails);
  expect(shown).toBeGreaterThan(0);
});
