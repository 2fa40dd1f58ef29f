// Broadcasts end to end: a manager writes one to league candidates (seeing how many it reaches,
// confirming before it goes); a league candidate who is signed in sees the bell's count rise
// without reloading, opens the bell, marks it read; the manager's broadcast page shows it read.
import { expect, test } from "@playwright/test";
import { apiHeadersAs, expectAccessible, signIn } from "./support";

const managerEmail = "manager@demo.example.com";
const candidateEmail = "league.candidate@demo.example.com";

test("a broadcast reaches a signed-in league candidate live, and the manager sees it read", async ({
  browser,
}) => {
  const subject = `League notice ${Date.now()}`;
  const candidateContext = await browser.newContext();
  const candidate = await candidateContext.newPage();
  await signIn(candidate, candidateEmail);
  const bell = candidate.getByTestId("notification-bell");
  await expect(bell).toBeVisible();
  // The list has been read once (the badge is absent while the count is 0).
  await expect(bell).toHaveAttribute("data-unread", /^\d+$/);
  const before = Number(await bell.getAttribute("data-unread"));
  let navigations = 0;
  candidate.on("framenavigated", (frame) => {
    if (frame === candidate.mainFrame()) navigations += 1;
  });

  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  await signIn(manager, managerEmail);
  await manager.goto("/admin/broadcasts/new");
  await manager.getByLabel("Subject").fill(subject);
  await manager.getByLabel("Message").fill("Round 2 opens on Monday at 9:00.\nGood luck!");
  await manager
    .getByRole("group", { name: "Candidates" })
    .getByRole("checkbox", { name: "League" })
    .check();
  await expect(manager.getByTestId("recipient-count")).toHaveText(
    /\d+ (people|person) will receive it\./,
  );
  await expectAccessible(manager);
  const reach = Number(
    /(\d+)/.exec((await manager.getByTestId("recipient-count").textContent())!)![1],
  );
  expect(reach).toBeGreaterThan(0);
  await manager.getByRole("button", { name: "Send broadcast…" }).click();
  const confirm = manager.getByRole("alertdialog");
  await expect(confirm).toContainText(`Send to ${reach} `);
  await confirm.getByRole("button", { name: "Send now" }).click();
  await expect(manager).toHaveURL(/\/admin\/broadcasts\/\d+$/);
  await expect(manager.getByRole("heading", { level: 1 })).toHaveText(subject);

  // The candidate's bell counts it, without a reload.
  await expect(candidate.getByTestId("notification-count")).toHaveText(String(before + 1), {
    timeout: 15_000,
  });
  expect(navigations).toBe(0);
  await bell.click();
  const panel = candidate.getByRole("dialog", { name: "Notifications" });
  const item = panel.getByTestId("notification").filter({ hasText: subject });
  await expect(item).toHaveAttribute("data-read", "false");
  await expectAccessible(candidate);
  await item.getByRole("button", { name: `Mark read: ${subject}` }).click();
  await expect(item).toHaveAttribute("data-read", "true");
  await expect(bell).toHaveAttribute("data-unread", String(before));

  // The manager's page shows it read (its receipts are read again every few seconds).
  await expect(manager.getByTestId("broadcast-status")).toHaveText("Sent", { timeout: 15_000 });
  await expect(manager.getByTestId("receipts-total")).toContainText(`1 of ${reach}`, {
    timeout: 15_000,
  });
  await expect(
    manager.getByTestId("unread-person").filter({ hasText: candidateEmail }),
  ).toHaveCount(0);
  await expectAccessible(manager);

  // Her notifications page lists it, read.
  await candidate.goto("/notifications");
  await expect(candidate.getByTestId("notification").filter({ hasText: subject })).toHaveAttribute(
    "data-read",
    "true",
  );
  await expectAccessible(candidate);

  await candidateContext.close();
  await managerContext.close();
});

test("when realtime cannot be reached, the page says so and the bell still updates by polling", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  // Every WebSocket to the realtime server is refused, as when it is down or blocked.
  await page.routeWebSocket(/\/app\//, (ws) => ws.close({ code: 1006 }));
  await signIn(page, "final.candidate@demo.example.com");
  const bell = page.getByTestId("notification-bell");
  await expect(bell).toHaveAttribute("data-unread", /^\d+$/);
  const before = Number(await bell.getAttribute("data-unread"));
  await expect(page.getByTestId("realtime-lost")).toContainText("Live updates are paused", {
    timeout: 30_000,
  });

  const created = await request.post("/api/v1/broadcasts/", {
    headers: await apiHeadersAs(request, "manager@demo.example.com"),
    data: {
      subject: `Finals notice ${Date.now()}`,
      message: "The final opens on Friday.",
      mediums: ["platform"],
      target_roles: { candidate: ["final"] },
    },
  });
  expect(created.status()).toBe(201);
  // No push can arrive; the next poll (every 30 s) brings it.
  await expect(bell).toHaveAttribute("data-unread", String(before + 1), { timeout: 45_000 });
});
