// Registration in the browser: register → the code from the mailbox → verify → sign in → Get Started.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { latestCode } from "./support";

test("a new candidate registers, verifies the emailed code, signs in and sees the tour locked", async ({
  page,
}) => {
  const email = `new.candidate.${Date.now()}@example.com`;
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Register" }).click();
  await expect(page.getByRole("heading", { name: "Register as a candidate" })).toBeVisible();

  // A weak password is refused with the field's own message, and the other fields are kept.
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("First name").fill("Tolu");
  await page.getByLabel("Last name").fill("Ade");
  await page.getByLabel("School").fill("Bright Future School");
  await page.getByLabel("Password", { exact: true }).fill("12345678");
  await page.getByLabel("Repeat the password").fill("12345678");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("This password is entirely numeric.")).toBeVisible();
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
  await expect(page.getByTestId("form-error")).toContainText("invalid or expired");

  await page.getByLabel("Verification code").fill(await latestCode(page.request, email));
  await page.getByRole("button", { name: "Verify email" }).click();
  await expect(page).toHaveURL(/\/sign-in\?verified=1/);
  await expect(page.getByText("Your email is verified.")).toBeVisible();

  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password").fill("Bright-Sunrise-58");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/get-started$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Tolu");
  await expect(page.getByTestId("tour-card")).toHaveAttribute("data-locked", "true");
  await expect(page.getByTestId("tour-card")).toContainText("identity has been verified");
});

test("closed registration shows its own state instead of the form", async ({ request, page }) => {
  const credentialsFile = path.join(process.env.DATA_DIR ?? ".data", "demo-credentials.json");
  const credentials = JSON.parse(fs.readFileSync(credentialsFile, "utf8")) as {
    label: string;
    value: string;
  }[];
  const apiKey = credentials.find((entry) => entry.label.startsWith("Demo API key"))!.value;
  const login = await request.post("/api/v1/auth/login/", {
    headers: { "x-api-key": apiKey },
    data: { email: "superadmin@demo.example.com", password: "Demo-Competition-2026" },
  });
  const { access } = (await login.json()) as { access: string };
  const headers = { "x-api-key": apiKey, authorization: `Bearer ${access}` };
  const closed = await request.patch("/api/v1/registration/", {
    headers,
    data: { is_staff_reg_open: false },
  });
  expect(closed.status()).toBe(200);
  try {
    await page.goto("/register/staff");
    await expect(page.getByRole("status")).toContainText("Staff registration is closed");
    await expect(page.getByRole("button", { name: "Create account" })).toHaveCount(0);
  } finally {
    await request.patch("/api/v1/registration/", { headers, data: { is_staff_reg_open: true } });
  }
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
  await expect(page).toHaveURL(/\/get-started$/);
});
