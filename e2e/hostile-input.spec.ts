// No input may produce a server error: a NUL character in a form's field is refused in the form's
// own words (the server action checks every field before it runs), and in a page's query string it
// is ignored like an unknown filter.
import { expect, test } from "@playwright/test";
import { examIdByTitle } from "./exam-fixtures";
import { signIn } from "./support";

test("a NUL in a registration name is refused in the form, not with an error page", async ({
  page,
}) => {
  await page.goto("/register/candidate");
  await page.getByLabel("First name").fill("Ada");
  await page.getByLabel("Last name").fill("Lovelace");
  await page.getByRole("textbox", { name: "Email" }).fill(`nul-${Date.now()}@example.com`);
  await page.getByLabel("Password", { exact: true }).fill("Tangerine-Orbit-42");
  await page.getByLabel("Repeat the password").fill("Tangerine-Orbit-42");
  // A person cannot type a NUL; a pasted or scripted one arrives like this.
  await page
    .getByLabel("First name")
    .evaluate((input: HTMLInputElement) => (input.value = "Ada\u0000"));
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(
    page.getByText(
      "Some text contains characters that cannot be accepted (a NUL character or invalid Unicode).",
    ),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/register\/candidate/);
});

test("a NUL in a staff page's search is ignored, not a server error", async ({ page, request }) => {
  await signIn(page, "admin@demo.example.com");
  const listing = await page.goto("/admin/candidates?search=%00");
  expect(listing?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // By id: other journeys add exams, so the seeded one may be on any page of the list.
  await page.goto(`/admin/exams/${await examIdByTitle(request, "Screening exam — last month")}`);
  await page.getByRole("tab", { name: "Scores", exact: true }).click();
  await page.waitForURL(/\/admin\/exams\/\d+\/scores$/);
  const exam = await page.goto(`${page.url()}?find=%00`);
  expect(exam?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Results" })).toBeVisible();
});

test("a NUL or an impossible page in the review queue and the dev mailbox is ignored", async ({
  page,
}) => {
  await signIn(page, "manager@demo.example.com");
  const queue = await page.goto("/admin/verifications?search=%00&page=99999999999");
  expect(queue?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const mailbox = await page.goto("/dev/mailbox?to=%00");
  expect(mailbox?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
