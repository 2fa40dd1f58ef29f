import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium where installed (Playwright cannot download its own browser here), else
// Playwright's own. scripts/test.mjs installs one of them when neither is present.
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((file) =>
  fs.existsSync(file),
);
const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [
    ["list"],
    [
      "json",
      { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? "test-results/playwright.json" },
    ],
  ],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: systemChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    // The same launcher a newcomer uses, on its own port and data folder (set by scripts/test.mjs).
    command: "node scripts/start.mjs",
    url: `http://localhost:${port}/api/v1/health/`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // Webhook journeys deliver to a receiver on this machine (loopback): allowed here only.
    env: { PORT: String(port), WEBHOOKS_ALLOW_PRIVATE_TARGETS: "true" },
  },
});
