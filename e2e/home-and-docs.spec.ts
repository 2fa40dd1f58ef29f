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

test("the home page, Swagger UI and ReDoc load everything from our own origin, icons included", async ({
  page,
  baseURL,
  request,
}) => {
  const origin = new URL(baseURL!).origin;
  const requested: string[] = [];
  page.on("request", (sent) => requested.push(sent.url()));

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator('head link[rel="icon"][type="image/svg+xml"]')).toHaveCount(1);
  await page.goto("/api/v1/docs/swagger/");
  await expect(page.locator(".opblock", { hasText: "/health/" }).first()).toBeVisible();
  await page.goto("/api/v1/docs/redoc/");
  await expect(page.locator("h2", { hasText: "Health check" })).toBeVisible();
  // ReDoc's "API docs by Redocly" logo is the one image it used to fetch from its CDN.
  const logo = page.getByRole("img", { name: "redocly logo" });
  await expect(logo).toHaveAttribute("src", "/api/v1/docs/assets/redoc-logo.svg");
  await expect
    .poll(() => logo.evaluate((image: HTMLImageElement) => image.naturalWidth))
    .toBeGreaterThan(0);
  await page.waitForLoadState("networkidle");

  const foreign = requested.filter((url) => {
    const { protocol } = new URL(url);
    return protocol !== "data:" && protocol !== "blob:" && new URL(url).origin !== origin;
  });
  expect(foreign).toEqual([]);
  expect(requested.some((url) => url.includes("/api/v1/docs/assets/redoc.standalone.js"))).toBe(
    true,
  );

  // What browsers ask for on their own.
  for (const [path, type] of [
    ["/favicon.ico", "image/x-icon"],
    ["/icon.svg", "image/svg+xml"],
    ["/apple-icon.png", "image/png"],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toBe(type);
  }
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
