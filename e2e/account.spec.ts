// The account page: a candidate edits their school, sees a field error, and uploads a picture.
import { expect, test } from "@playwright/test";
import { signIn } from "./support";

// A real 1×1 PNG.
const tinyPng = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

test("a candidate edits their school and uploads a picture", async ({ page }) => {
  await signIn(page, "league.candidate@demo.example.com");
  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");
  await expect(page.getByText("Email addresses cannot be changed here.")).toBeVisible();
  const originalSchool = await page.getByLabel("School").inputValue();
  const originalFirstName = await page.getByLabel("First name").inputValue();

  // A refused change keeps what was typed and names the field.
  await page.getByLabel("First name").fill("   ");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.locator("#first_name-errors")).toContainText("may not be blank");
  await expect(page.getByLabel("First name")).toHaveValue("   ");

  await page.getByLabel("First name").fill("Chidi");
  await page.getByLabel("School").fill("Playwright Academy");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Account updated" })).toBeVisible();
  await expect(page.getByTestId("account-organisation")).toHaveText("Playwright Academy");

  await page.getByLabel("New picture").setInputFiles({
    name: "me.png",
    mimeType: "image/png",
    buffer: tinyPng,
  });
  await expect(page.getByAltText("Preview of the new picture")).toBeVisible();
  await page.getByRole("button", { name: "Upload picture" }).click();
  await expect(page.getByText("Picture updated.")).toBeVisible();
  const picture = page.getByTestId("profile-picture");
  await expect(picture).toBeVisible();
  await expect
    .poll(() => picture.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
    .toBe(1);

  // Leave the demo data as it was for the other journeys.
  await page.getByLabel("First name").fill(originalFirstName);
  await page.getByLabel("School").fill(originalSchool);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByTestId("account-organisation")).toHaveText(originalSchool || "Not given");
});
