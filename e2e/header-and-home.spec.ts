// The signed-in header and the landing page: one line for the richest role at 1280 px, a Menu
// button on phones, a staff home that fits the role, and a tour that leads somewhere.
import { expect, test } from "@playwright/test";
import { signIn } from "./support";

test("the superadmin's header fits one line at 1280 px, with the account menu and Sign out", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, "superadmin@demo.example.com");
  const nav = page.getByRole("navigation", { name: "Main" });
  const links = ["Home", "Candidates", "Staff", "Users", "Verification queue", "Question bank"];
  for (const name of links)
    await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Exams", exact: true })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Broadcasts", exact: true })).toBeVisible();
  // Beside the links: the notification bell, the account menu and Sign out.
  const banner = page.getByRole("banner");
  await expect(banner.getByTestId("notification-bell")).toBeVisible();
  await expect(banner.getByRole("button", { name: "Sign out" })).toBeVisible();
  // One line: every link sits at the height of the first, and the bar is one row tall.
  const boxes = await nav
    .getByRole("link")
    .evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().top));
  expect(new Set(boxes.map((top) => Math.round(top))).size).toBe(1);
  const header = await page.getByRole("banner").boundingBox();
  expect(header!.height).toBeLessThan(70);
  await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();

  // The account menu, by keyboard.
  const account = banner.getByRole("button", { name: /your account/ });
  await account.focus();
  await page.keyboard.press("Enter");
  const menu = page.getByRole("menu", { name: "Your account" });
  await expect(menu.getByRole("menuitem")).toHaveText([
    "Your account",
    "Account security",
    "Identity verification",
  ]);
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(account).toBeFocused();
});

test("on a phone a Menu button opens every link and Sign out", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "manager@demo.example.com");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  const menuButton = page.getByRole("button", { name: "Menu" });
  await menuButton.click();
  const sheet = page.getByRole("dialog", { name: "Menu" });
  await expect(sheet.getByRole("link", { name: "Verification queue" })).toBeVisible();
  await expect(sheet.getByRole("link", { name: "Account security" })).toBeVisible();
  await expect(sheet.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
  await expect(menuButton).toBeFocused();

  await menuButton.click();
  await sheet.getByRole("link", { name: "Candidates" }).click();
  await expect(page).toHaveURL(/\/admin\/candidates$/);
  await expect(sheet).toBeHidden();

  await menuButton.click();
  await sheet.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("staff land on a staff home that lists what their role can do", async ({ page }) => {
  await signIn(page, "moderator@demo.example.com");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Welcome, /);
  await expect(page.getByText("Staff · Moderator")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your next steps" })).toHaveCount(0);
  const tools = page.getByRole("region", { name: "What you can do" });
  await expect(tools.getByRole("link")).toHaveText([
    /^Candidates/,
    /^Staff/,
    /^Users/,
    /^Question bank/,
  ]);
  await tools.getByRole("link", { name: /^Question bank/ }).click();
  await expect(page).toHaveURL(/\/admin\/questions$/);

  await page.goto("/get-started");
  await page.getByTestId("tour-card").getByRole("link", { name: "Start the tour" }).click();
  await expect(page).toHaveURL(/\/get-started\/tour$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How the competition is run");
});

test("a verified candidate's tour leads to a real page; a locked one has no link", async ({
  page,
}) => {
  await signIn(page, "winner.candidate@demo.example.com");
  await expect(page.getByText("Candidate · Winner")).toBeVisible();
  await page.getByTestId("tour-card").getByRole("link", { name: "Start the tour" }).click();
  await expect(page).toHaveURL(/\/get-started\/tour$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How exams work here");
  await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(6);

  await page.goto("/get-started");
  await page.getByRole("button", { name: /your account/ }).click();
  await page.getByRole("menuitem", { name: "Your account" }).click();
  await expect(page).toHaveURL(/\/account$/);
});

test("an unverified candidate's tour stays locked", async ({ page }) => {
  await signIn(page, "unverified.candidate@demo.example.com");
  await expect(page.getByTestId("tour-card")).toHaveAttribute("data-locked", "true");
  await expect(page.getByTestId("tour-card").getByRole("link")).toHaveCount(0);
  await page.goto("/get-started/tour");
  await expect(page.getByTestId("tour-locked")).toHaveText(
    "The tour opens once your identity has been verified.",
  );
});
