// A person whose documents are already waiting for review cannot submit a second set (the API's
// 400 pending_verification); the upload form, if it was opened before that submission, says so in
// plain words and turns into "Replace documents", which works.
import { expect, test } from "@playwright/test";
import { demoApiKey, latestCode, signIn } from "./support";

const password = "Quiet-Harbour-42";
// 1×1 PNG and a minimal PDF: the server checks files by their bytes.
const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYPj/HwADAgH/p+FUUQAAAABJRU5ErkJggg==",
  "base64",
);
const pdf = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
  "latin1",
);
const files = {
  face_id: { name: "face.png", mimeType: "image/png", buffer: png },
  id_card: { name: "id-card.pdf", mimeType: "application/pdf", buffer: pdf },
  verification_document: { name: "letter.png", mimeType: "image/png", buffer: png },
};

test("an upload form opened before another submission meets a plain refusal and offers to replace instead", async ({
  page,
  request,
  baseURL,
}) => {
  const email = `pending.${Date.now()}@example.com`;
  const headers = { "x-api-key": demoApiKey() };
  const registered = await request.post("/api/v1/register/candidate/", {
    headers,
    data: {
      email,
      first_name: "Ada",
      last_name: "Obi",
      school: "Riverside College",
      password,
      password2: password,
    },
  });
  expect(registered.status()).toBe(201);
  const verified = await request.post("/api/v1/verify-email-otp/", {
    headers,
    data: { email, otp: await latestCode(request, email) },
  });
  expect(verified.status()).toBe(200);

  await signIn(page, email, password);
  await page.goto("/verification");
  await expect(page.getByTestId("verification-status")).toHaveText("Not submitted");
  const submit = page.getByRole("button", { name: "Submit for verification" });
  await expect(submit).toBeEnabled();

  // Meanwhile the documents go in from elsewhere (another tab, another device).
  const elsewhere = await page.request.post("/api/v1/user/verification/upload/", {
    headers: { origin: baseURL! },
    multipart: files,
  });
  expect(elsewhere.status()).toBe(201);

  // This form still offers a first submission; sending it is refused in plain words…
  await page.getByLabel("Photo of your face").setInputFiles(files.face_id);
  await page.getByLabel("ID card").setInputFiles(files.id_card);
  await page.getByLabel("Supporting document").setInputFiles(files.verification_document);
  await submit.click();
  await expect(page.getByTestId("form-error")).toHaveText(
    "Your documents are already waiting for review, so a new set cannot be submitted. You can replace a document instead.",
  );
  // …and the page catches up: pending, with the form now replacing documents.
  await expect(page.getByTestId("verification-status")).toHaveText("Pending review");
  const replace = page.getByRole("button", { name: "Replace documents" });
  await expect(replace).toBeEnabled();
  await replace.click();
  await expect(
    page.getByRole("status").filter({ hasText: "resubmitted successfully" }),
  ).toBeVisible();
  await expect(page.getByTestId("form-error")).toHaveCount(0);
});
