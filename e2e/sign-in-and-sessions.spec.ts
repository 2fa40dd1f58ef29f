// Browser sign-in through Auth.js on the same users and session rows as the API.
import { expect, test, type Browser } from "@playwright/test";
import { demoPassword, signIn, submitSignIn } from "./support";

async function newSignedInPage(browser: Browser, email: string, userAgent: string) {
  const context = await browser.newContext({ userAgent });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

test("a verified candidate signs in and lands on their home page with the tour open", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.getByLabel("Email").fill("winner.candidate@demo.example.com");
  await page.getByLabel("Password").fill(demoPassword);
  await page.getByLabel("Password").press("Enter"); // keyboard only
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Ada");
  await expect(page.getByTestId("tour-card")).toHaveAttribute("data-locked", "false");
});

test("staff below moderator see the tour locked", async ({ page }) => {
  await signIn(page, "volunteer@demo.example.com");
  await expect(page.getByTestId("tour-card")).toHaveAttribute("data-locked", "true");
  await expect(page.getByTestId("tour-card")).toContainText("moderators and above");
});

test("a wrong password shows an error and keeps the email; signed-out visitors are sent to sign in", async ({
  page,
}) => {
  await page.goto("/account/security");
  await expect(page).toHaveURL(/\/sign-in$/);
  await submitSignIn(page, "manager@demo.example.com", "not-the-password");
  await expect(page.getByRole("alert").filter({ hasText: "do not match" })).toHaveText(
    "That email and password do not match an active account.",
  );
  await expect(page.getByLabel("Email")).toHaveValue("manager@demo.example.com");
});

test("signing in from two browsers, one signs the other out from the security page", async ({
  browser,
}) => {
  const laptop = await newSignedInPage(browser, "admin@demo.example.com", "Laptop browser");
  const phone = await newSignedInPage(browser, "admin@demo.example.com", "Phone browser");

  await laptop.getByRole("button", { name: /your account/ }).click();
  await laptop.getByRole("menuitem", { name: "Account security" }).click();
  const phoneRow = laptop.getByTestId("session-row").filter({ hasText: "Phone browser" });
  await expect(phoneRow).toBeVisible();
  await expect(
    laptop.getByTestId("session-row").filter({ hasText: "Laptop browser" }),
  ).toContainText("This session");
  await expect(laptop.getByRole("table")).toContainText("Signed in");

  await phoneRow.getByRole("button", { name: "Sign out" }).click();
  await laptop.getByRole("alertdialog").getByRole("button", { name: "Sign out" }).click();
  await expect(phoneRow).toHaveCount(0);

  // The phone is signed out on its next request.
  await phone.goto("/account/security");
  await expect(phone).toHaveURL(/\/sign-in$/);
  // The laptop is not.
  await laptop.reload();
  await expect(laptop.getByRole("heading", { name: "Account security" })).toBeVisible();
});

test("the browser's session cookie works on the API without a key, and state changes need our origin", async ({
  page,
}) => {
  await signIn(page, "moderator@demo.example.com");
  const me = await page.request.get("/api/v1/auth/me/");
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ email: "moderator@demo.example.com", role: "moderator" });

  const origin = new URL(page.url()).origin;
  const foreign = await page.request.delete("/api/v1/auth/sessions/", {
    headers: { origin: "https://evil.example" },
  });
  expect(foreign.status()).toBe(403);
  expect(await foreign.json()).toMatchObject({ code: "csrf_failed" });
  const own = await page.request.delete("/api/v1/auth/sessions/", { headers: { origin } });
  expect(own.status()).toBe(200);
});
