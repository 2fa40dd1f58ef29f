// Staff managing people in the browser: a manager finds the volunteer, sees that only roles
// below manager are offered and promotes them; an admin promotes the screening candidate. Each
// journey puts the demo person's role back afterwards so runs can repeat on the same data.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

/** Pick `role` in the person page's role select, confirm in the app's dialog, wait for the result. */
async function changeRole(page: Page, role: string) {
  await page.getByLabel("Role", { exact: true }).selectOption(role);
  await page.getByRole("button", { name: "Save role" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText(/^Change .+'s role\?/);
  await expect(dialog).toContainText(`to ${role}.`);
  await dialog.getByRole("button", { name: "Change role" }).click();
  await expect(page.getByTestId("role-done")).toHaveText(`Role saved: ${role}.`);
}

/** Put the seeded role back first if an earlier, interrupted run left it changed. */
async function resetRole(page: Page, seeded: string) {
  if ((await page.getByTestId("current-role").textContent())?.trim() === seeded) return;
  await changeRole(page, seeded);
  await page.reload();
  await expect(page.getByTestId("current-role")).toHaveText(seeded);
}

test("a manager promotes the volunteer, and is not offered manager", async ({ page }) => {
  await signIn(page, "manager@demo.example.com");
  await page.goto("/admin/staff");
  await page.getByLabel("Search name or email").fill("volunteer@demo.example.com");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/search=volunteer%40demo\.example\.com/);
  const rows = page.getByTestId("person-row");
  await expect(rows).toHaveCount(1);
  await rows.getByRole("link", { name: "Ngozi Eze" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Ngozi Eze" })).toBeVisible();
  const select = page.getByLabel("Role", { exact: true });
  await expect(select.locator('option[value="manager"]')).toHaveCount(0);
  await expect(select.locator('option[value="superadmin"]')).toHaveCount(0);
  await expect(select.locator('option[value="admin"]')).toHaveCount(1);

  await resetRole(page, "volunteer");
  // Cancelling the confirmation changes nothing.
  await select.selectOption("admin");
  await page.getByRole("button", { name: "Save role" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await expect(page.getByTestId("role-done")).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("current-role")).toHaveText("volunteer");

  await changeRole(page, "moderator");
  await page.reload();
  await expect(page.getByTestId("current-role")).toHaveText("moderator");

  await changeRole(page, "volunteer");
});

test("an admin promotes the screening candidate to league", async ({ page }) => {
  await signIn(page, "admin@demo.example.com");
  await page.goto("/admin/candidates?search=screening.candidate%40demo.example.com");
  const rows = page.getByTestId("person-row");
  await expect(rows).toHaveCount(1);
  await rows.getByRole("link", { name: "Chidi Obi" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Chidi Obi" })).toBeVisible();
  await resetRole(page, "screening");
  await changeRole(page, "league");
  await page.reload();
  await expect(page.getByTestId("current-role")).toHaveText("league");

  await changeRole(page, "screening");
});
