// Registration in the browser: the landing page's Register link → the form (plain messages) → the
// code from the mailbox → signed in on their home page, with no second password entry.
import { expect, test } from "@playwright/test";
import { apiHeadersAs, latestCode } from "./support";

test("a new candidate registers from the landing page, verifies the emailed code and is signed in", async ({
  page,
}) => {
  const email = `new.candidate.${Date.now()}@example.com`;
  await page.goto("/");
  await page.getByRole("link", { name: "Register as a candidate" }).click();
  await expect(page.getByRole("heading", { name: "Register as a candidate" })).toBeVisible();

  // Nothing filled in: each field says what it needs, in words, under a short summary.
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("form-error")).toHaveText(
    /^Please check the \d+ fields marked below\.$/,
  );
  await expect(page.getByText("Enter your first name.")).toBeVisible();

  // A weak password is refused with the field's own message, and the other fields are kept.
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("First name").fill("Tolu");
  await page.getByLabel("Last name").fill("Ade");
  await page.getByLabel("School").fill("Bright Future School");
  await page.getByLabel("Password", { exact: true }).fill("12345678");
  await page.getByLabel("Repeat the password").fill("12345678");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("This password is entirely numeric.")).toBeVisible();
  await expect(page.getByTestId("form-error")).toHaveText("Please check the field marked below.");
  await expect(page.getByText("Invalid request body.")).toHaveCount(0);
  await expect(page.getByText("does not meet the requirements")).toHaveCount(0);
  await expect(page.getByLabel("Email", { exact: true })).toHaveValue(email);

  await page.getByLabel("Password", { exact: true }).fill("Bright-Sunrise-58");
  await page.getByLabel("Repeat the password").fill("Bright-Sunrise-58");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/verify-email\?email=/);
  await expect(
    page.getByRole("button", { name: /Resend code in 1:5\d|Resend code in 2:00/ }),
  ).toBeDisabled();

  await page.getByLabel("Verification code").fill("000000");
  await page.getByRole("button", { name: "Verify email" }).click();
  await expect(page.locator("#otp-errors")).toContainText("That code is wrong or has expired");

  await page.getByLabel("Verification code").fill(await latestCode(page.request, email));
  await page.getByRole("button", { name: "Verify email" }).click();
  // Signed in at once: no password to type again.
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Tolu");
  await expect(page.getByTestId("tour-card")).toHaveAttribute("data-locked", "true");
  await expect(page.getByTestId("tour-card")).toContainText("identity has been verified");

  // An ordinary session: listed, and in the sign-in history.
  await page.goto("/account/security");
  await expect(page.getByTestId("session-row")).toHaveCount(1);
  await expect(page.getByTestId("session-row")).toContainText("This session");
  await expect(page.getByRole("table")).toContainText("Signed in");
});

test("verifying the code in another browser asks for the password, and says why", async ({
  page,
  browser,
}) => {
  const email = `other.browser.${Date.now()}@example.com`;
  await page.goto("/register/candidate");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("First name").fill("Kemi");
  await page.getByLabel("Last name").fill("Bello");
  await page.getByLabel("Password", { exact: true }).fill("Quiet-Lantern-63");
  await page.getByLabel("Repeat the password").fill("Quiet-Lantern-63");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/verify-email\?email=/);
  const verifyUrl = page.url();

  // The phone that opened the email: same code, but it never registered.
  const phone = await (await browser.newContext()).newPage();
  await phone.goto(verifyUrl);
  await phone.getByLabel("Verification code").fill(await latestCode(page.request, email));
  await phone.getByRole("button", { name: "Verify email" }).click();
  await expect(phone).toHaveURL(/\/sign-in\?verified=1/);
  await expect(phone.getByRole("status")).toContainText("Your email address is verified.");
  await expect(phone.getByRole("status")).toContainText("only in the browser you registered in");
  await expect(phone.getByLabel("Email")).toHaveValue(email);
  await phone.getByLabel("Password").fill("Quiet-Lantern-63");
  await phone.getByRole("button", { name: "Sign in" }).click();
  await expect(phone).toHaveURL(/\/dashboard$/);

  // The registering browser's proof was never readied by the phone's code: still signed out.
  await page.goto("/get-started");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("closed registration shows its own state instead of the form", async ({ request, page }) => {
  const headers = await apiHeadersAs(request, "superadmin@demo.example.com");
  const closed = await request.patch("/api/v1/registration/", {
    headers,
    data: { is_staff_reg_open: false },
  });
  expect(closed.status()).toBe(200);
  try {
    await page.goto("/");
    await expect(page.getByRole("link", { name: "Register as a candidate" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Register as staff" })).toHaveCount(0);
    await page.goto("/register/staff");
    await expect(page.getByRole("status")).toContainText("Staff registration is closed");
    await expect(page.getByRole("button", { name: "Create account" })).toHaveCount(0);
  } finally {
    await request.patch("/api/v1/registration/", { headers, data: { is_staff_reg_open: true } });
  }
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Register as staff" })).toHaveAttribute(
    "href",
    "/register/staff",
  );
});

test("forgot password: the emailed link sets a new password", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  // Wait for the navigation to finish: typing into the previous render's input would be lost.
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email", { exact: true }).fill("league.candidate@demo.example.com");
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByRole("status")).toContainText("If an account exists");

  const response = await page.request.get("/api/dev/mailbox/?to=league.candidate@demo.example.com");
  const { results } = (await response.json()) as { results: { subject: string; text: string }[] };
  const link = /(http\S+reset-password\?token=[\w-]+)/.exec(
    results.find((entry) => entry.subject === "Reset your password")!.text,
  )![1]!;
  await page.goto(new URL(link).pathname + new URL(link).search);
  await page.getByLabel("New password", { exact: true }).fill("League-Lantern-71");
  await page.getByLabel("Repeat the new password").fill("League-Lantern-71");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/sign-in\?reset=1/);
  await page.getByLabel("Email", { exact: true }).fill("league.candidate@demo.example.com");
  await page.getByLabel("Password").fill("League-Lantern-71");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});
