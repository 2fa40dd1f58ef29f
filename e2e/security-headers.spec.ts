// Security headers through the real server: every response says nosniff and Referrer-Policy (and
// HSTS, as `npm start` is a production server); pages and the API docs carry a Content-Security-
// Policy with a fresh nonce that nothing may frame; and the pages work under that policy.
import { expect, test, type APIResponse, type Page, type Response } from "@playwright/test";
import { acceptLeavePrompts, createOpenExam } from "./exam-fixtures";
import { signIn } from "./support";

type Headers = Record<string, string>;
const headersOf = (response: APIResponse | Response | null): Headers => {
  expect(response).not.toBeNull();
  return response!.headers();
};

/** The policy as directive → values. */
function directives(policy: string | undefined): Record<string, string[]> {
  expect(policy, "Content-Security-Policy").toBeTruthy();
  return Object.fromEntries(
    policy!.split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

function expectEveryResponseHeaders(headers: Headers, what: string) {
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"], what).toBe("DENY");
  const hsts = /^max-age=(\d+); includeSubDomains$/.exec(
    headers["strict-transport-security"] ?? "",
  );
  expect(hsts, `${what}: Strict-Transport-Security`).not.toBeNull();
  expect(Number(hsts![1]), what).toBeGreaterThanOrEqual(365 * 24 * 60 * 60);
}

/** A page's policy: nonce scripts only, nothing may frame it, no plugins, no <base>. Returns the nonce. */
function expectPagePolicy(headers: Headers, what: string): string {
  expectEveryResponseHeaders(headers, what);
  const policy = directives(headers["content-security-policy"]);
  const nonce = /^'nonce-([A-Za-z0-9+/=]{22,})'$/.exec(policy["script-src"]?.[0] ?? "")?.[1];
  expect(nonce, `${what}: script-src nonce`).toBeTruthy();
  expect(policy["script-src"], what).toEqual([`'nonce-${nonce}'`, "'strict-dynamic'"]);
  expect(policy["object-src"], what).toEqual(["'none'"]);
  expect(policy["base-uri"], what).toEqual(["'none'"]);
  expect(policy["frame-ancestors"], what).toEqual(["'none'"]);
  expect(policy["form-action"], what).toEqual(["'self'"]);
  expect(policy["img-src"], what).toEqual(expect.arrayContaining(["'self'", "data:", "blob:"]));
  // The local realtime server's websocket, besides the app itself.
  expect(policy["connect-src"]?.[0], what).toBe("'self'");
  expect(policy["connect-src"]?.slice(1).join(" "), what).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
  return nonce!;
}

/** Every <script> in the HTML, and whether each carries `nonce`. */
function scriptsOf(html: string) {
  return [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
}

/** Collects what the browser reports about the policy: any "Refused to …" / CSP console error. */
function watchPolicy(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) {
      violations.push(`${page.url()}: ${message.text()}`);
    }
  });
  page.on("pageerror", (error) => violations.push(`${page.url()}: ${error.message}`));
  return violations;
}

test("pages, the API, the docs, files, icons and 404s carry the security headers", async ({
  request,
}) => {
  const home = await request.get("/");
  expect(home.status()).toBe(200);
  const nonce = expectPagePolicy(headersOf(home), "home page");
  const scripts = scriptsOf(await home.text());
  expect(scripts.length).toBeGreaterThan(3);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

  // A fresh nonce for every response.
  const again = await request.get("/");
  expect(expectPagePolicy(headersOf(again), "home page again")).not.toBe(nonce);

  const missingPage = await request.get("/no-such-page");
  expect(missingPage.status()).toBe(404);
  const missingNonce = expectPagePolicy(headersOf(missingPage), "404 page");
  for (const script of scriptsOf(await missingPage.text())) {
    expect(script).toContain(`nonce="${missingNonce}"`);
  }

  // The API: the static headers, and no per-request policy work (the proxy does not run there).
  for (const path of ["/api/v1/health/", "/api/v1/does-not-exist/", "/api/v1/docs/spec"]) {
    const response = await request.get(path);
    expectEveryResponseHeaders(headersOf(response), path);
    expect(response.headers()["content-security-policy"], path).toBeUndefined();
  }
  // The server's own answer to a path Next.js never sees (broken percent-encoding).
  const broken = await request.get("/api/v1/api-keys/%E0%A4%A/");
  expect(broken.status()).toBe(400);
  expectEveryResponseHeaders(headersOf(broken), "broken percent-encoding");
  // Signed file links may be framed by our own pages only (the review queue shows PDFs so).
  const file = await request.get("/api/files/not-a-token");
  expect(file.headers()["x-content-type-options"]).toBe("nosniff");
  expect(file.headers()["x-frame-options"]).toBe("SAMEORIGIN");
  expect(file.headers()["content-security-policy"]).toBe("frame-ancestors 'self'");
  // Icons.
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expectEveryResponseHeaders(headersOf(favicon), "/favicon.ico");

  // Swagger UI and ReDoc: their own policy, the nonce on each of their scripts.
  for (const path of ["/api/v1/docs/swagger/", "/api/v1/docs/redoc/"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = headersOf(response);
    expectEveryResponseHeaders(headers, path);
    const policy = directives(headers["content-security-policy"]);
    const docsNonce = /^'nonce-(.+)'$/.exec(policy["script-src"]?.[0] ?? "")?.[1];
    expect(docsNonce, path).toBeTruthy();
    expect(policy["script-src"], path).toEqual([`'nonce-${docsNonce}'`]);
    expect(policy["frame-ancestors"], path).toEqual(["'none'"]);
    expect(policy["object-src"], path).toEqual(["'none'"]);
    expect(policy["base-uri"], path).toEqual(["'none'"]);
    const docsScripts = scriptsOf(await response.text());
    expect(docsScripts.length, path).toBeGreaterThan(0);
    for (const script of docsScripts) expect(script, path).toContain(`nonce="${docsNonce}"`);
  }
});

test("a signed-in staff page and the exam page carry the policy, and nothing on them breaks it", async ({
  page,
  request,
}) => {
  const violations = watchPolicy(page);

  // A candidate begins an exam of their own, answers a question and opens the submit dialog.
  const exam = await createOpenExam(request, {
    title: `Security policy journey ${Date.now()}`,
    questionCount: 2,
  });
  acceptLeavePrompts(page);
  await signIn(page, "winner.candidate@demo.example.com");
  await page.goto(`/exams/${exam.id}/take`);
  await page.getByRole("button", { name: "Begin" }).click();
  await expect(page.getByRole("heading", { name: /Question 1 of \d+/ })).toBeVisible();
  const examPage = await page.reload();
  expectPagePolicy(headersOf(examPage), "exam page");
  await expect(page.getByRole("heading", { name: /Question \d+ of \d+/ })).toBeVisible();
  await page.getByRole("radio").nth(1).check();
  await expect(page.getByTestId("save-receipt")).toContainText("Saved ✓");
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  await expect(page.getByRole("dialog")).toContainText("Submit your answers?");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await page.context().clearCookies();

  // A moderator opens a confirmation dialog in the question bank.
  await signIn(page, "moderator@demo.example.com");
  const bank = await page.goto("/admin/questions");
  expectPagePolicy(headersOf(bank), "question bank");
  await page.getByTestId("question-row").first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/admin\/questions\/\d+$/);
  const archive = page.getByRole("button", { name: "Archive question" });
  await expect(archive).toBeEnabled();
  await archive.click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText("Archive this question?");
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toHaveCount(0);
  await page.context().clearCookies();

  // A person about to upload documents sees a preview of the chosen photo (a blob: URL).
  await signIn(page, "unverified.candidate@demo.example.com");
  await page.goto("/verification");
  await expect(page.getByRole("button", { name: "Submit for verification" })).toBeEnabled();
  await page.getByLabel("Photo of your face").setInputFiles({
    name: "face.png",
    mimeType: "image/png",
    buffer: Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYPj/HwADAgH/p+FUUQAAAABJRU5ErkJggg==",
      "base64",
    ),
  });
  const preview = page.getByRole("img", { name: "Preview: Photo of your face" });
  await expect(preview).toHaveAttribute("src", /^blob:/);
  await expect
    .poll(() => preview.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
    .toBe(1);
  await page.context().clearCookies();

  // A manager's queue shows stored documents, a PDF among them, in frames of our own origin.
  await signIn(page, "manager@demo.example.com");
  await page.goto("/admin/verifications");
  await expect(page.getByTestId("verification-card").first()).toBeVisible();
  await expect(page.locator('[data-testid="document-id_card"] iframe').first()).toBeVisible();
  // The PDF's signed link loaded in its frame (Chromium shows an error page in a refused one).
  await expect
    .poll(() => page.frames().some((frame) => /\/api\/files\/[^/]+$/.test(frame.url())))
    .toBe(true);

  // The API reference renders under its own policy.
  await page.goto("/api/v1/docs/swagger/");
  await expect(page.locator(".opblock", { hasText: "/health/" }).first()).toBeVisible();
  await page.goto("/api/v1/docs/redoc/");
  // ReDoc lays out the whole document in the browser before it shows a heading: on a busy
  // two-core machine that has taken over 15 s.
  await expect(page.locator("h2", { hasText: "Health check" })).toBeVisible({ timeout: 45_000 });

  await page.waitForTimeout(500); // late reports (a worker, an image) reach the console
  expect(violations).toEqual([]);
});

test("another site cannot frame the app's pages, the exam page, the docs or the API", async ({
  page,
  baseURL,
}) => {
  const targets = ["/", "/sign-in", "/exams/1/take", "/api/v1/health/", "/api/v1/docs/swagger/"];
  // An attacker's page, served for a made-up origin, that frames each target, and a page of its
  // own as a control (a frame that is allowed to load does load).
  await page.route("http://framing.example/**", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: route.request().url().endsWith("/control")
        ? "<p>control</p>"
        : [...targets.map((path) => `${baseURL}${path}`), "http://framing.example/control"]
            .map((url) => `<iframe src="${url}" width="400" height="200"></iframe>`)
            .join(""),
    }),
  );
  await page.goto("http://framing.example/");
  const childUrls = () =>
    page
      .frames()
      .filter((frame) => frame !== page.mainFrame())
      .map((frame) => frame.url())
      .sort();
  // Chromium replaces a refused frame with its error page.
  await expect
    .poll(childUrls)
    .toEqual([
      ...targets.map(() => "chrome-error://chromewebdata/"),
      "http://framing.example/control",
    ]);
});
