// The UI kit's primitives (components/ui, on Radix) by keyboard, where real pages use them: the
// staff exam page's tabs (manual activation: arrows move, Enter or Space opens), the Delete
// confirmation (focus starts on the safe choice, is trapped, Escape closes, focus returns), the
// account menu (Enter opens, arrows move, Escape closes), the Duplicate button's tooltip (shown on
// focus, describes the button) and the window controls' toast (announced through a status region,
// inside the "Notifications" region).
import { expect, test, type Page } from "@playwright/test";
import { createOpenExam } from "./exam-fixtures";
import { apiHeadersAs, signIn } from "./support";

const seededExam = "Screening exam — last month";

/**
 * The seeded exam's page. Found through the API: other journeys add exams, so the seeded one may
 * be on any page of the staff list by the time this runs.
 */
async function openSeededExam(page: Page) {
  const headers = await apiHeadersAs(page.request, "admin@demo.example.com");
  let id: number | undefined;
  for (let number = 1; id === undefined; number += 1) {
    const list = await page.request.get(
      `/api/v1/exams/?stage=screening&page_size=100&page=${number}`,
      {
        headers,
      },
    );
    expect(list.status()).toBe(200);
    const body = (await list.json()) as {
      results: { id: number; title: string }[];
      pagination: { has_next: boolean };
    };
    id = body.results.find((exam) => exam.title === seededExam)?.id;
    if (id === undefined) expect(body.pagination.has_next).toBe(true);
  }
  await signIn(page, "admin@demo.example.com");
  await page.goto(`/admin/exams/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: seededExam })).toBeVisible();
  return String(id);
}

test("the exam page's tabs: arrows move focus, Enter and Space open the focused tab", async ({
  page,
}) => {
  const examId = await openSeededExam(page);
  const tablist = page.getByRole("tablist", { name: "Exam sections" });
  const tab = (name: string) => tablist.getByRole("tab", { name, exact: true });
  await expect(tablist.getByRole("tab")).toHaveText([
    "Overview",
    "Questions",
    "Scores",
    "Analysis",
  ]);
  await expect(tab("Overview")).toHaveAttribute("aria-selected", "true");
  const panel = page.getByRole("tabpanel", { name: "Overview" });
  await expect(panel.getByRole("heading", { name: "Schedule" })).toBeVisible();

  // Arrows move between tabs (once the page is interactive) and wrap around; only the focused
  // tab is in the Tab order.
  await expect(async () => {
    await tab("Overview").focus();
    await page.keyboard.press("ArrowRight");
    await expect(tab("Questions")).toBeFocused({ timeout: 1_000 });
  }).toPass();
  await expect(tab("Questions")).toHaveAttribute("tabindex", "0");
  await expect(tab("Overview")).toHaveAttribute("tabindex", "-1");
  // Manual activation: moving focus opens nothing.
  await expect(tab("Questions")).toHaveAttribute("aria-selected", "false");
  await expect(page).toHaveURL(new RegExp(`/admin/exams/${examId}$`));
  await page.keyboard.press("ArrowRight");
  await expect(tab("Scores")).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(tab("Analysis")).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(tab("Overview")).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(tab("Analysis")).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(tab("Scores")).toBeFocused();

  // Enter opens the focused tab: its page, shown as the tab's panel.
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/admin/exams/${examId}/scores$`));
  await expect(tab("Scores")).toHaveAttribute("aria-selected", "true");
  await expect(tab("Overview")).toHaveAttribute("aria-selected", "false");
  await expect(
    page.getByRole("tabpanel", { name: "Scores" }).getByRole("heading", { name: "Results" }),
  ).toBeVisible();

  // Space does too; Home goes to the first tab.
  await tab("Scores").focus();
  await page.keyboard.press("ArrowLeft");
  await expect(tab("Questions")).toBeFocused();
  await page.keyboard.press(" ");
  await expect(page).toHaveURL(new RegExp(`/admin/exams/${examId}/questions$`));
  await expect(tab("Questions")).toHaveAttribute("aria-selected", "true");
  await expect(page.getByTestId("exam-question-count")).toBeVisible();
  await tab("Questions").focus();
  await page.keyboard.press("Home");
  await expect(tab("Overview")).toBeFocused();
});

test("the Delete confirmation: focus on the safe choice, trapped, Escape closes, focus returns", async ({
  page,
}) => {
  await openSeededExam(page);
  const trigger = page.getByRole("button", { name: "Delete", exact: true });
  await trigger.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`Delete “${seededExam}”?`);
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();

  // Tab and Shift+Tab stay inside the dialog.
  const focusInside = () =>
    page.evaluate(() => document.activeElement?.closest('[role="alertdialog"]') !== null);
  for (let step = 0; step < 4; step += 1) {
    await page.keyboard.press("Tab");
    expect(await focusInside()).toBe(true);
  }
  await page.keyboard.press("Shift+Tab");
  expect(await focusInside()).toBe(true);

  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(trigger).toBeFocused();
  // Nothing was deleted.
  await expect(page.getByRole("heading", { level: 1, name: seededExam })).toBeVisible();
});

test("the account menu: Enter opens it, arrows move, Escape closes and returns focus", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, "admin@demo.example.com");
  const account = page.getByRole("banner").getByRole("button", { name: /your account/ });
  await account.focus();
  await page.keyboard.press("Enter");
  const menu = page.getByRole("menu", { name: "Your account" });
  await expect(menu).toBeVisible();
  const items = menu.getByRole("menuitem");
  await expect(items.first()).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(items.nth(2)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(account).toBeFocused();
});

test("the Duplicate button's tooltip shows on keyboard focus and describes the button", async ({
  page,
}) => {
  await openSeededExam(page);
  const edit = page.getByRole("link", { name: "Edit", exact: true });
  const duplicate = page.getByRole("button", { name: "Duplicate", exact: true });
  const tooltip = page.getByRole("tooltip");
  // Tab from Edit to Duplicate (again, should the page not have been interactive yet).
  await expect(async () => {
    await edit.focus();
    await page.keyboard.press("Tab");
    await expect(duplicate).toBeFocused({ timeout: 1_000 });
    await expect(tooltip).toBeAttached({ timeout: 1_000 });
  }).toPass();
  await expect(tooltip).toHaveText(/Makes a draft copy with the same settings and questions/);
  await expect(duplicate).toHaveAccessibleDescription(/Makes a draft copy/);
  await page.keyboard.press("Escape");
  await expect(tooltip).toHaveCount(0);
  await expect(duplicate).toBeFocused();
});

test("extending an open exam's window says so in a toast, announced to screen readers", async ({
  page,
  request,
}) => {
  const exam = await createOpenExam(request, {
    title: `Toast journey ${Date.now()}`,
    questionCount: 1,
    openDurationHours: 2,
  });
  await signIn(page, "admin@demo.example.com");
  await page.goto(`/admin/exams/${exam.id}`);
  // Record what the page announces: Radix puts each toast's text in a short-lived status region.
  await page.evaluate(() => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    new MutationObserver(() => {
      for (const node of document.querySelectorAll('[role="status"][aria-live]')) {
        const text = node.textContent?.trim();
        if (text && !heard.includes(text)) heard.push(text);
      }
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });

  await page.getByRole("button", { name: "Extend window" }).click();
  const dialog = page.getByRole("alertdialog");
  await dialog.getByLabel("Extra hours").fill("1");
  await dialog.getByRole("button", { name: "Extend by 1 hour" }).click();
  await expect(dialog).toHaveCount(0);

  const region = page.getByRole("region", { name: /^Notifications/ });
  const toast = region.getByTestId("exam-window-notice");
  await expect(toast).toContainText("the exam is now open for 3 hours in all");
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { heard: string[] }).heard.join(" | ")))
    .toContain("the exam is now open for 3 hours in all");

  // Its Close button dismisses it.
  await toast.getByRole("button", { name: "Close" }).click();
  await expect(region.getByTestId("exam-window-notice")).toHaveCount(0);
});
