// The candidate's dashboard: the next exam, the rank from the published board, the scores as a
// chart with the same numbers as text, and the concluded exams; accessible by axe's rules.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signIn } from "./support";

test("a league candidate's dashboard shows the next exam, the rank and the scores chart", async ({
  page,
}) => {
  await signIn(page, "league.candidate@demo.example.com");
  await page.getByRole("link", { name: "Dashboard" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Your dashboard" })).toBeVisible();
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
