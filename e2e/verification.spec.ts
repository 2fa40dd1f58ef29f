// Identity verification in the browser: a new candidate uploads documents, a manager reviews
// them in the queue, and the candidate's tour opens (or the reason is shown).
import { deflateSync } from "node:zlib";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { demoApiKey, latestCode, signIn } from "./support";

const candidatePassword = "Quiet-Harbour-42";

// A real PNG (16×16, one colour), built here so the test needs no fixture files.
function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function solidPng(size: number, [red, green, blue]: [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // truecolour RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(size * 3, 0)]);
  for (let x = 0; x < size; x += 1) row.set([red, green, blue], 1 + x * 3);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", deflateSync(pixels)),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

const minimalPdf = Buffer.from(
  "%PDF-1.4\n" +
    "1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n" +
    "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n" +
    "trailer<</Root 1 0 R>>\n%%EOF\n",
  "latin1",
);

const facePhoto = { name: "face.png", mimeType: "image/png", buffer: solidPng(16, [200, 120, 40]) };
const idCardPdf = { name: "id-card.pdf", mimeType: "application/pdf", buffer: minimalPdf };
const supportingPng = {
  name: "school-letter.png",
  mimeType: "image/png",
  buffer: solidPng(16, [40, 90, 200]),
};

/** A new candidate with a verified email address, registered over the API with the demo key. */
async function registerCandidate(request: APIRequestContext, firstName: string, lastName: string) {
  const email = `${firstName.toLowerCase()}.${Date.now()}@example.com`;
  const headers = { "x-api-key": demoApiKey() };
  const registered = await request.post("/api/v1/register/candidate/", {
    headers,
    data: {
      email,
      first_name: firstName,
      last_name: lastName,
      school: "Riverside College",
      password: candidatePassword,
      password2: candidatePassword,
    },
  });
  expect(registered.status()).toBe(201);
  const verified = await request.post("/api/v1/verify-email-otp/", {
    headers,
    data: { email, otp: await latestCode(request, email) },
  });
  expect(verified.status()).toBe(200);
  return email;
}

async function signOut(page: Page) {
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
}

async function uploadAllDocuments(page: Page) {
  await page.goto("/verification");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Identity verification");
  await expect(page.getByTestId("verification-status")).toHaveText("Not submitted");
  const submit = page.getByRole("button", { name: "Submit for verification" });
  await expect(submit).toBeEnabled(); // enabled once the page is interactive

  await page.getByLabel("Photo of your face").setInputFiles(facePhoto);
  await page.getByLabel("ID card").setInputFiles(idCardPdf);
  await page.getByLabel("Supporting document").setInputFiles(supportingPng);
  await expect(page.getByRole("img", { name: "Preview: Photo of your face" })).toBeVisible();
  await expect(page.getByTestId("preview-id_card")).toContainText("id-card.pdf");
  await expect(page.getByTestId("preview-id_card")).toContainText("PDF document");

  await submit.click();
  await expect(page.getByTestId("verification-status")).toHaveText("Pending review");
  await expect(
    page.getByRole("status").filter({ hasText: "submitted successfully" }),
  ).toBeVisible();
  await expect(page.getByText("Submitted", { exact: true })).toBeVisible();
}

/** Open the manager's queue filtered to one person, and return their card. */
async function findCard(page: Page, email: string) {
  await page.goto("/admin/verifications");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Verification requests");
  await expect(page.getByRole("link", { name: "Pending", exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await page.getByLabel("Search by name or email").fill(email);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/search=/);
  const card = page.getByTestId("verification-card").filter({ hasText: email });
  await expect(card).toHaveCount(1);
  return card;
}

test("a new candidate uploads documents, a manager approves them, and the tour opens", async ({
  page,
  request,
}) => {
  const email = await registerCandidate(request, "Vera", "Okafor");

  await signIn(page, email, candidatePassword);
  await expect(page.getByTestId("tour-card")).toHaveAttribute("data-locked", "true");

  // The browser explains problems before anything is sent.
  await page.goto("/verification");
  const submit = page.getByRole("button", { name: "Submit for verification" });
  await expect(submit).toBeEnabled();
  await submit.click();
  await expect(page.getByTestId("form-error")).toHaveText(
    "Choose all three documents before submitting.",
  );
  await page.getByLabel("Photo of your face").setInputFiles(idCardPdf);
  await expect(page.getByTestId("field-face_id")).toContainText("not a JPG, PNG file");

  await uploadAllDocuments(page);
  await signOut(page);

  await signIn(page, "manager@demo.example.com");
  const card = await findCard(page, email);
  await expect(card.getByRole("heading", { name: "Vera Okafor" })).toBeVisible();
  await expect(card).toContainText("Candidate · role screening");
  await expect(card).toContainText("Pending review");
  const face = card.getByRole("img", { name: "Face photo of Vera Okafor" });
  await expect(face).toBeVisible();
  // The signed link really serves the image.
  await expect
    .poll(() => face.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
    .toBe(16);
  await expect(card.getByTestId("document-id_card").locator("iframe")).toHaveAttribute(
    "title",
    "ID card of Vera Okafor (PDF)",
  );
  await expect(card.getByRole("img", { name: "Supporting document of Vera Okafor" })).toBeVisible();

  await card.getByRole("button", { name: "Approve" }).click();
  const confirm = page.getByRole("alertdialog", {
    name: "Approve the verification of Vera Okafor?",
  });
  await expect(confirm).toContainText("can take the exams of their stage");
  await confirm.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByTestId("review-announcement")).toHaveText(
    "Approved the verification of Vera Okafor.",
  );
  await expect(card).toHaveCount(0); // it left the Pending list
  await expect(page.getByText("No verification requests match")).toBeVisible();

  await page.getByRole("link", { name: "Approved", exact: true }).click();
  await expect(page).toHaveURL(/status=approved/);
  const approved = page.getByTestId("verification-card").filter({ hasText: email });
  await expect(approved).toHaveAttribute("data-status", "approved");
  await expect(approved).toContainText("by Tunde Bello");
  await signOut(page);

  await signIn(page, email, candidatePassword);
  await expect(page.getByTestId("tour-card")).toHaveAttribute("data-locked", "false");
  await page.goto("/verification");
  await expect(page.getByTestId("verification-status")).toHaveText("Verified");
  await expect(page.getByRole("button", { name: /Submit|Replace|Resubmit/ })).toHaveCount(0);
  await expect(page.getByLabel("Photo of your face")).toHaveCount(0);
  await page.getByRole("link", { name: "Go to your home page" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("a rejected candidate sees the manager's reason and can resubmit", async ({
  page,
  request,
}) => {
  const email = await registerCandidate(request, "Remi", "Adeyemi");
  await signIn(page, email, candidatePassword);
  await uploadAllDocuments(page);
  await signOut(page);

  await signIn(page, "manager@demo.example.com");
  const card = await findCard(page, email);
  const rejectButton = card.getByRole("button", { name: "Reject" });
  await expect(rejectButton).toBeEnabled();
  // Keyboard: Enter opens the reason form with the focus in it, Escape closes it again.
  await rejectButton.press("Enter");
  const reason = card.getByLabel(/Reason for rejecting Remi Adeyemi/);
  await expect(reason).toBeFocused();
  await reason.press("Escape");
  await expect(reason).toHaveCount(0);
  await expect(rejectButton).toBeFocused();
  await rejectButton.click();
  await expect(reason).toBeFocused();
  await reason.fill("The ID card photo is blurred.");
  await expect(card).toContainText("29/500 characters");
  await card.getByRole("button", { name: "Confirm rejection" }).click();
  await expect(page.getByTestId("review-announcement")).toHaveText(
    "Rejected the verification of Remi Adeyemi.",
  );
  await expect(card).toHaveCount(0);
  await signOut(page);

  await signIn(page, email, candidatePassword);
  await expect(page.getByTestId("tour-card")).toHaveAttribute("data-locked", "true");
  await page.goto("/verification");
  await expect(page.getByTestId("verification-status")).toHaveText("Rejected");
  await expect(page.getByTestId("rejection-reason")).toHaveText(
    "Reason: The ID card photo is blurred.",
  );
  const resubmit = page.getByRole("button", { name: "Resubmit documents" });
  await expect(resubmit).toBeEnabled();
  await page.getByLabel("ID card").setInputFiles({ ...facePhoto, name: "id-card-sharp.png" });
  await resubmit.click();
  await expect(page.getByTestId("verification-status")).toHaveText("Pending review");
});

test("a moderator cannot review verifications: no queue and no Approve button", async ({
  page,
}) => {
  await signIn(page, "moderator@demo.example.com");
  await page.goto("/admin/verifications");
  await expect(
    page.getByRole("heading", { name: "You don't have access to the verification queue" }),
  ).toBeVisible();
  await expect(page.getByTestId("no-access")).toContainText("403");
  await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Reject" })).toHaveCount(0);
  await expect(page.getByTestId("verification-card")).toHaveCount(0);
});
