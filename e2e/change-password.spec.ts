// Changing one's own password on the account security page: refusals name the field and change
// nothing, the change signs out the other sessions but not this one, and the new password is the
// one that signs in. Uses the sponsor demo account, which no other journey signs in with, and puts
// its password back at the end.
import { expect, test, type Page } from "@playwright/test";
import { demoPassword, signIn, submitSignIn } from "./support";

const email = "sponsor@demo.example.com";
const newPassword = "Orchid-Lantern-4821";

async function change(page: Page, current: string, next: string, repeat = next) {
  await page.getByLabel("Current password").fill(current);
  await page.getByLabel("New password", { exact: true }).fill(next);
  await page.getByLabel("Repeat the new password").fill(repeat);
  await page.getByRole("button", { name: "Change password" }).click();
}

test("a person changes their password; other sessions end, this one stays", async ({
  page,
  browser,
}) => {
  // A second browser signed in as the same person: its session must end.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, email);

  await signIn(page, email);
  await page.goto("/account/security");
  await expect(page.getByRole("heading", { name: "Password" })).toBeVisible();

  await change(page, demoPassword, newPassword, "Orchid-Lantern-0000");
  await expect(page.locator("#confirm_password-errors")).toContainText("different");

  await change(page, "not-my-password", newPassword);
  await expect(page.getByTestId("form-error")).toHaveText("Your password was not changed.");
  await expect(page.locator("#current_password-errors")).toContainText("incorrect");

  await change(page, demoPassword, "12345678");
  await expect(page.locator("#new_password-errors")).toContainText("entirely numeric");

  await change(page, demoPassword, newPassword);
  await expect(
    page.getByRole("status").filter({ hasText: "Your password was changed" }),
  ).toBeVisible();
  await expect(page.getByLabel("Current password")).toHaveValue("");

  // This browser is still signed in; the other one is not.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Account security");
  await otherPage.goto("/account/security");
  await expect(otherPage).toHaveURL(/\/sign-in/);

  // The old password no longer signs in; the new one does. Then put the demo password back.
  await submitSignIn(otherPage, email, demoPassword);
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await signIn(otherPage, email, newPassword);
  await otherPage.goto("/account/security");
  await change(otherPage, newPassword, demoPassword);
  await expect(
    otherPage.getByRole("status").filter({ hasText: "Your password was changed" }),
  ).toBeVisible();
  await other.close();
});
