// Home dashboards, accessible by axe's rules. The candidate's: the next exam, the rank from the
// published board, the scores as a chart with the same numbers as text, the concluded exams. The
// staff's (moderator and up): the competition's figures as cards and charts, the next exams.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { apiHeadersAs, signIn } from "./support";

test("a league candidate's dashboard shows the next exam, the rank and the scores chart", async ({
  page,
}) => {
  await signIn(page, "league.candidate@demo.example.com");
  // The dashboard is the candidate's home: sign-in lands there, and Home leads back to it.
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: "Welcome, Zainab" })).toBeVisible();
  await page.getByRole("link", { name: "Exams", exact: true }).first().click();
  await page.getByRole("link", { name: "Home", exact: true }).first().click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId("next-exam")).toContainText("League exam — open now");
  await expect(page.getByTestId("dashboard-rank")).toHaveText("4 of 11");
  const chart = page.getByRole("img", { name: /Your scores, oldest first/ });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAttribute("aria-label", /League round 1 — last week 80\.00%/);
  await expect(page.getByRole("heading", { name: "Concluded exams" })).toBeVisible();
  await expect(page.getByText("League round 1 — last week").first()).toBeVisible();

  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => violation.id),
  ).toEqual([]);
});

test("a moderator's home is the staff dashboard: figures as cards and charts, upcoming exams", async ({
  page,
  request,
}) => {
  await signIn(page, "moderator@demo.example.com");
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByText("Staff · Moderator")).toBeVisible();

  // The cards say what the API says.
  const headers = await apiHeadersAs(request, "moderator@demo.example.com");
  const figures = (await (await request.get("/api/v1/dashboard/staff/", { headers })).json()) as {
    candidates: { total: number; by_role: Record<string, { count: number }> };
    upcoming_exams: { title: string }[];
  };
  await expect(page.getByTestId("stat-candidates")).toHaveText(String(figures.candidates.total));
  const byStage = page.getByRole("img", { name: /^Candidates by stage\./ });
  await expect(byStage).toHaveAttribute(
    "aria-label",
    new RegExp(`League: ${figures.candidates.by_role.league!.count}\\b`),
  );
  await expect(page.getByRole("img", { name: /^Exams by status\./ })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Questions by difficulty\./ })).toBeVisible();
  expect(figures.upcoming_exams.length).toBeGreaterThan(0);
  await expect(page.getByTestId("upcoming-exams")).toContainText(figures.upcoming_exams[0]!.title);
  await expect(page.getByTestId("boards-status")).toContainText("Last published");
  // A moderator does not manage exams or publish: titles are text, and no publish link.
  await expect(page.getByTestId("upcoming-exams").getByRole("link")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Publish and history" })).toHaveCount(0);

  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => violation.id),
  ).toEqual([]);
});

test("staff without the figures (a volunteer) land on Get started", async ({ page }) => {
  await signIn(page, "volunteer@demo.example.com");
  await expect(page).toHaveURL(/\/get-started$/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/get-started$/);
});
