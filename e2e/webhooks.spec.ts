// Integrations end to end: a manager creates an API key (shown once) and revokes it; creates a
// webhook to a receiver on this machine, keeps its secret, sends a test event and sees it in the
// deliveries log as succeeded; the receiver got one signed request that the standardwebhooks
// package verifies with the secret the page showed.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { expectAccessible, signIn } from "./support";

type Received = { headers: http.IncomingHttpHeaders; body: string };

async function startReceiver() {
  const received: Received[] = [];
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      response.writeHead(200, { "content-type": "text/plain" }).end("thanks");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

test("a manager creates and revokes an API key; the key is shown once", async ({ page }) => {
  const name = `Portal ${Date.now()}`;
  await signIn(page, "manager@demo.example.com");
  await page
    .getByRole("list", { name: "Staff" })
    .getByRole("link", { name: "Integrations" })
    .click();
  await expect(page.getByRole("heading", { name: "API keys" })).toBeVisible();
  await page.getByRole("button", { name: "New API key" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByRole("checkbox", { name: /Read results/ }).check();
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Create key" }).click();
  const key = await dialog.getByTestId("revealed-secret").inputValue();
  expect(key).toMatch(/^pk_live_[0-9a-f]{64}$/);
  await expect(dialog).toContainText("it will not be shown again");
  await dialog.getByRole("button", { name: "Done" }).click();

  const row = page.getByTestId("api-key-row").filter({ hasText: name });
  await expect(row).toContainText("Read results");
  await expect(row).toContainText("Never");
  await expect(page.locator("body")).not.toContainText(key);
  await row.getByRole("button", { name: "Revoke" }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText(`Revoke "${name}"?`);
  await confirm.getByRole("button", { name: "Revoke key" }).click();
  await expect(row).toContainText("Revoked");
  // The revoked key no longer opens anything.
  const refused = await page.request.get("/api/v1/public/exams/", {
    headers: { "x-api-key": key },
  });
  expect(refused.status()).toBe(401);
});

test("a manager creates a webhook, sends a test event and sees it delivered and signed", async ({
  page,
}) => {
  const receiver = await startReceiver();
  try {
    await signIn(page, "manager@demo.example.com");
    await page.goto("/admin/integrations/webhooks");
    await page.getByRole("button", { name: "New webhook" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("URL").fill(receiver.url);
    await dialog.getByLabel(/Description/).fill("Journey receiver");
    await dialog.getByRole("checkbox", { name: /Score recorded/ }).check();
    await dialog.getByRole("button", { name: "Create webhook" }).click();
    const secret = await dialog.getByTestId("revealed-secret").inputValue();
    expect(secret).toMatch(/^whsec_/);
    await dialog.getByRole("link", { name: "Open the webhook" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Journey receiver");
    await expect(page.getByText("Nothing sent yet")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Send test event" }).click();
    const delivery = page.getByTestId("delivery-row").first();
    await expect(delivery).toContainText("Test event");
    await expect(delivery).toContainText("Succeeded", { timeout: 20_000 });
    await delivery.locator("summary").click();
    await expect(delivery).toContainText("answered 200");
    await expect(delivery.locator("pre")).toHaveText("thanks");
    await expectAccessible(page);

    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    const headers = {
      "webhook-id": String(request!.headers["webhook-id"]),
      "webhook-timestamp": String(request!.headers["webhook-timestamp"]),
      "webhook-signature": String(request!.headers["webhook-signature"]),
    };
    expect(await delivery.getAttribute("data-message-id")).toBe(headers["webhook-id"]);
    const event = new Webhook(secret).verify(request!.body, headers) as { type: string };
    expect(event.type).toBe("webhook.test");
  } finally {
    await receiver.close();
  }
});
