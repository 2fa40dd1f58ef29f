// Helpers the journeys share: the demo password and API key, signing in through the form or the
// API, and reading the latest email verification code from the development mailbox.
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type Page } from "@playwright/test";

export const demoPassword = "Demo-Competition-2026";

/** Fill in and submit the sign-in form (the outcome is for the caller to check). */
export async function submitSignIn(page: Page, email: string, password = demoPassword) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Sign in and wait for the person's home (the dashboard, or Get started for staff without one). */
export async function signIn(page: Page, email: string, password = demoPassword) {
  await submitSignIn(page, email, password);
  await expect(page).toHaveURL(/\/(dashboard|get-started)$/);
}

/** The six-digit code of the latest "Verify your email address" email sent to `email`. */
export async function latestCode(request: APIRequestContext, email: string): Promise<string> {
  const response = await request.get(`/api/dev/mailbox/?to=${encodeURIComponent(email)}`);
  const { results } = (await response.json()) as { results: { subject: string; text: string }[] };
  const message = results.find((entry) => entry.subject === "Verify your email address");
  const code = /\b(\d{6})\b/.exec(message?.text ?? "")?.[1];
  if (!code) throw new Error(`no verification code for ${email}`);
  return code;
}

/** The demo API key `npm start` wrote to the journeys' data folder. */
export function demoApiKey(): string {
  const file = path.join(process.env.DATA_DIR ?? ".data", "demo-credentials.json");
  const entries = JSON.parse(fs.readFileSync(file, "utf8")) as { label: string; value: string }[];
  return entries.find((entry) => entry.label.startsWith("Demo API key"))!.value;
}

/** Headers for calling the API as `email` (demo password): the demo key and a fresh access token. */
export async function apiHeadersAs(request: APIRequestContext, email: string) {
  const apiKey = demoApiKey();
  const login = await request.post("/api/v1/auth/login/", {
    headers: { "x-api-key": apiKey },
    data: { email, password: demoPassword },
  });
  expect(login.status()).toBe(200);
  const { access } = (await login.json()) as { access: string };
  return { "x-api-key": apiKey, authorization: `Bearer ${access}` };
}

/** No serious or critical violation of axe's rules on the page as it is now. */
export async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(" ")}`),
  ).toEqual([]);
}
