// Staff Integrations end to end. A manager finds Integrations in the header, creates an API key
// (its name refused when blank), sees it once and copies it, finds it works, revokes it after a
// confirmation naming it, and finds it refused. Then, on Webhooks, creates one to a receiver on
// this machine (field errors under their fields first), copies its secret, opens its page, sends a
// test event and watches the delivery turn "Succeeded" with the receiver's 200; the receiver got
// one request, with the webhook-id the log shows, that the standardwebhooks package verifies with
// the copied secret. Filters, rotation (the old secret still verifies), off and on, and delete.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { expectAccessible, signIn } from "./support";

const managerEmail = "manager@demo.example.com";

// The Copy buttons write to the clipboard; the journey reads it back.
test.use({ permissions: ["clipboard-read", "clipboard-write"] });

type Received = { headers: http.IncomingHttpHeaders; body: string };

/** A receiver on 127.0.0.1 (a free port) that records every request and answers 200 "thanks". */
async function startReceiver() {
  const received: Received[] = [];
  const server = http.createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (body += chunk));
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

/** The Standard Webhooks headers of a received request, as `Webhook.verify` takes them. */
const signatureHeaders = ({ headers }: Received) => ({
  "webhook-id": String(headers["webhook-id"]),
  "webhook-timestamp": String(headers["webhook-timestamp"]),
  "webhook-signature": String(headers["webhook-signature"]),
});

/** Press the dialog's Copy button, see it confirmed, and return what reached the clipboard. */
async function copyRevealedSecret(page: Page): Promise<string> {
  const dialog = page.getByRole("dialog");
  const shown = await dialog.getByTestId("revealed-secret").inputValue();
  await dialog.getByRole("button", { name: "Copy" }).click();
  await expect(dialog.getByText("Copied.")).toBeVisible();
  await expect(dialog).toContainText("it will not be shown again");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(shown);
  return copied;
}

test("a manager creates an API key, copies it once, and revokes it", async ({ page }) => {
  const name = `Journey portal ${Date.now()}`;
  await signIn(page, managerEmail);
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Integrations" })
    .click();
  await expect(page).toHaveURL(/\/admin\/integrations$/);
  await expect(page.getByRole("tab", { name: "API keys" })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await expect(page.getByRole("heading", { name: "API keys" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "New API key" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("checkbox", { name: /Read exams/ })).toBeVisible();
  await expectAccessible(page);
  // A blank name is refused under the field, by the same rules as the API.
  await dialog.getByRole("button", { name: "Create key" }).click();
  await expect(dialog.getByTestId("key-name-errors")).toBeVisible();
  await expect(dialog.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");

  await dialog.getByLabel("Name").fill(name);
  await dialog.getByRole("checkbox", { name: /Read exams/ }).check();
  await dialog.getByRole("checkbox", { name: /Read results/ }).check();
  await dialog.getByRole("button", { name: "Create key" }).click();
  await expect(dialog.getByRole("heading", { name: `API key "${name}" created` })).toBeVisible();
  const key = await copyRevealedSecret(page);
  expect(key).toMatch(/^pk_live_/);
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(dialog).toBeHidden();

  // Shown once: the list has its prefix, never the key.
  const row = page.getByTestId("api-key-row").filter({ hasText: name });
  await expect(row).toContainText("Read exams, Read results");
  await expect(row).toContainText("Never");
  await expect(row).toContainText("Active");
  await expect(row).toContainText(key.slice(0, 12));
  await expect(page.locator("body")).not.toContainText(key);

  const allowed = await page.request.get("/api/v1/public/exams/", {
    headers: { "x-api-key": key },
  });
  expect(allowed.status()).toBe(200);

  await row.getByRole("button", { name: "Revoke" }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText(`Revoke "${name}"?`);
  await expectAccessible(page);
  await confirm.getByRole("button", { name: "Revoke key" }).click();
  await expect(confirm).toBeHidden();
  await expect(row).toContainText("Revoked");
  await expect(row.getByRole("button", { name: "Revoke" })).toHaveCount(0);

  const refused = await page.request.get("/api/v1/public/exams/", {
    headers: { "x-api-key": key },
  });
  expect(refused.status()).toBe(401);
});

test("a manager creates a webhook, sends a test event and sees it delivered, signed", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const receiver = await startReceiver();
  const description = `Journey receiver ${Date.now()}`;
  try {
    await signIn(page, managerEmail);
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Integrations" })
      .click();
    await page.getByRole("tab", { name: "Webhooks" }).click();
    await expect(page).toHaveURL(/\/admin\/integrations\/webhooks$/);
    await expect(page.getByRole("heading", { name: "Webhooks" })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("button", { name: "New webhook" }).click();
    const dialog = page.getByRole("dialog");
    // Nothing filled in: the server's errors appear under the URL and the events.
    await dialog.getByRole("button", { name: "Create webhook" }).click();
    await expect(dialog.getByTestId("webhook-url-errors")).toBeVisible();
    await expect(dialog.getByTestId("webhook-events-errors")).toContainText(
      "Choose at least one event.",
    );
    await expectAccessible(page);

    await dialog.getByLabel("URL").fill(receiver.url);
    await dialog.getByLabel(/Description/).fill(description);
    await dialog.getByRole("checkbox", { name: /Score recorded/ }).check();
    await dialog.getByRole("button", { name: "Create webhook" }).click();
    await expect(dialog.getByRole("heading", { name: "Webhook created" })).toBeVisible();
    const secret = await copyRevealedSecret(page);
    expect(secret).toMatch(/^whsec_/);
    await dialog.getByRole("link", { name: "Open the webhook" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(description);
    await expect(page.getByText(receiver.url)).toBeVisible();
    await expect(page.locator("dl")).toContainText("Score recorded");
    await expect(page.getByText(secret)).toHaveCount(0);
    await expect(page.getByText("Nothing sent yet")).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("button", { name: "Send test event" }).click();
    const delivery = page.getByTestId("delivery-row").first();
    await expect(delivery).toContainText("Test event");
    // The page re-reads itself while the delivery is being tried: no reload here.
    await expect(delivery).toContainText("Succeeded", { timeout: 30_000 });
    await expect(delivery).toContainText("1 attempt · last answer 200");
    await delivery.getByText("Test event").click();
    const attempt = delivery.getByTestId("delivery-attempt");
    await expect(attempt).toContainText("answered 200");
    await expect(attempt.locator("pre")).toHaveText("thanks");
    await expect(delivery.getByRole("button", { name: "Replay" })).toBeVisible();
    await expectAccessible(page);

    expect(receiver.received).toHaveLength(1);
    const request = receiver.received[0]!;
    const headers = signatureHeaders(request);
    expect(await delivery.getAttribute("data-message-id")).toBe(headers["webhook-id"]);
    await expect(delivery).toContainText(headers["webhook-id"]);
    const event = new Webhook(secret).verify(request.body, headers) as { type: string };
    expect(event.type).toBe("webhook.test");

    // Filters are links that set the query.
    const filters = page.getByRole("navigation", { name: "Filter deliveries" });
    await filters.getByRole("link", { name: "Succeeded" }).click();
    await expect(page).toHaveURL(/status=succeeded/);
    await expect(page.getByTestId("delivery-row")).toHaveCount(1);
    await filters.getByRole("link", { name: "Failed" }).click();
    await expect(page).toHaveURL(/status=failed/);
    await expect(page.getByText("No deliveries match these filters.")).toBeVisible();
    await filters.getByRole("link", { name: "All" }).click();
    await expect(page.getByTestId("delivery-row")).toHaveCount(1);

    // Rotation: a new secret shown once; for 24 hours the old one still verifies.
    await page.getByRole("button", { name: "Rotate secret" }).click();
    const confirmRotate = page.getByRole("alertdialog");
    await expect(confirmRotate).toContainText("24 hours");
    await confirmRotate.getByRole("button", { name: "Rotate" }).click();
    await expect(
      page.getByRole("dialog").getByRole("heading", { name: "New signing secret" }),
    ).toBeVisible();
    const newSecret = await copyRevealedSecret(page);
    expect(newSecret).not.toBe(secret);
    await page.getByRole("dialog").getByRole("button", { name: "Done" }).click();
    await expect(page.getByText("The previous one also signs until")).toBeVisible();
    await page.getByRole("button", { name: "Send test event" }).click();
    await expect(page.getByTestId("delivery-row")).toHaveCount(2);
    await expect(page.getByTestId("delivery-row").first()).toContainText("Succeeded", {
      timeout: 30_000,
    });
    expect(receiver.received).toHaveLength(2);
    const second = receiver.received[1]!;
    for (const key of [newSecret, secret]) {
      expect(new Webhook(key).verify(second.body, signatureHeaders(second))).toMatchObject({
        type: "webhook.test",
      });
    }

    // Off: nothing can be sent; on again.
    await page.getByRole("button", { name: "Turn off" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Turn off" }).click();
    await expect(page.getByRole("button", { name: "Turn on" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Send test event" })).toBeDisabled();
    await page.getByRole("button", { name: "Turn on" }).click();
    await expect(page.getByRole("button", { name: "Send test event" })).toBeEnabled();

    // Delete, confirmed: back on the list, without it.
    await page.getByRole("button", { name: "Delete" }).click();
    const confirmDelete = page.getByRole("alertdialog");
    await expect(confirmDelete).toContainText(receiver.url);
    await confirmDelete.getByRole("button", { name: "Delete webhook" }).click();
    await expect(page).toHaveURL(/\/admin\/integrations\/webhooks$/);
    await expect(page.getByTestId("webhook-row").filter({ hasText: description })).toHaveCount(0);
  } finally {
    await receiver.close();
  }
});
