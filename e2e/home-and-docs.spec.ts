import { expect, test } from "@playwright/test";

test("the home page renders and links to the API reference", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Timed exams, fair ranks");
  await expect(page.getByText("Candidate registration is")).toContainText("open");
  await expect(page.getByRole("link", { name: "Swagger UI" })).toHaveAttribute(
    "href",
    "/api/v1/docs/swagger/",
  );
  // Keyboard users can skip straight to the content.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
});

test("the Swagger UI page lists the health route from the generated document", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Swagger UI" }).click();
  await expect(page).toHaveURL(/\/api\/v1\/docs\/swagger\/$/);
  const healthOperation = page.locator(".opblock", { hasText: "/health/" }).first();
  await expect(healthOperation).toBeVisible();
  await expect(healthOperation).toContainText("Health check");
  await expect(page.locator(".opblock", { hasText: "/api-keys/" }).first()).toBeVisible();
});

test("ReDoc renders the same document", async ({ page }) => {
  await page.goto("/api/v1/docs/redoc/");
  await expect(page.getByText("Competition Platform API").first()).toBeVisible();
  await expect(page.locator("h2", { hasText: "Health check" })).toBeVisible();
});

test("the dev mailbox shows the seeded welcome email, and an empty state when filtered to nobody", async ({
  page,
}) => {
  await page.goto("/dev/mailbox");
  const email = page.getByRole("listitem").filter({ hasText: "Welcome to the demo competition" });
  await expect(email).toBeVisible();
  await email.getByText("Welcome to the demo competition").click();
  await expect(email.getByText("every email the platform sends lands here")).toBeVisible();

  await page.getByLabel("Recipient").fill("nobody@example.com");
  await page.getByLabel("Recipient").press("Enter");
  await expect(page.getByText("No emails for nobody@example.com yet.")).toBeVisible();
});
