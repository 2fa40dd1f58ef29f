// The demo verifications: each demo person's status matches their flag, and their documents are
// real files that pass the same content checks as uploads.
import fs from "node:fs";
import { eq } from "drizzle-orm";
import { fileTypeFromBuffer } from "file-type";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { users } from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { peopleSeeder } from "@/db/seed/seeders/people";
import { onePagePdf, solidPng, verificationsSeeder } from "@/db/seed/seeders/verifications";
import { systemActor, systemClock } from "@/lib/context";
import { getLocalFileStore, verifyFileToken } from "@/lib/storage";
import { documentLink } from "@/lib/verification/document-link";
import { getVerificationStatus } from "@/lib/verification/get-verification-status";
import { listVerifications } from "@/lib/verification/list-verifications";
import { useTestDatabase, type TestDatabase } from "../support/database";

const dataDir = await vi.hoisted(async () =>
  (await import("../support/data-dir")).makeDataDir("verification-seed-test"),
);

let database: TestDatabase;
let seedMilliseconds = 0;

beforeAll(async () => {
  database = await useTestDatabase();
  await seedDemoData(database.db, systemClock, [peopleSeeder]);
  const started = performance.now();
  await seedDemoData(database.db, systemClock, [verificationsSeeder]);
  seedMilliseconds = performance.now() - started;
});
afterAll(async () => {
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const ctx = () => ({ db: database.db, actor: systemActor, clock: systemClock });
const userNamed = async (email: string) =>
  (await database.db.select().from(users).where(eq(users.email, email)))[0]!;

describe("demo verifications", () => {
  it("gives each demo person the status their flag says, quickly", async () => {
    const expected = {
      "pending.candidate@demo.example.com": ["pending", false],
      "pending.staff@demo.example.com": ["pending", false],
      "approved.candidate2@demo.example.com": ["verified", true],
      "rejected.candidate@demo.example.com": ["rejected", false],
      "unverified.candidate@demo.example.com": ["not_submitted", false],
    } as const;
    for (const [email, [status, verified]] of Object.entries(expected)) {
      const user = await userNamed(email);
      expect(user.isUserVerified, email).toBe(verified);
      const result = await getVerificationStatus({ ctx: ctx(), input: { userId: user.id } });
      expect(result.status, email).toBe(status);
    }
    const rejected = await getVerificationStatus({
      ctx: ctx(),
      input: { userId: (await userNamed("rejected.candidate@demo.example.com")).id },
    });
    expect(rejected.rejection_reason).toMatch(/blurry/);
    expect(seedMilliseconds).toBeLessThan(1_000);
  });

  it("lists the decided ones with the demo manager as reviewer", async () => {
    const page = await listVerifications({
      ctx: ctx(),
      query: { is_pending: false },
    });
    expect(page.items.map((item) => [item.user.email, item.reviewed_by?.name])).toEqual(
      expect.arrayContaining([
        ["approved.candidate2@demo.example.com", "Tunde Bello"],
        ["rejected.candidate@demo.example.com", "Tunde Bello"],
      ]),
    );
  });

  it("stores real images and PDFs that sniff as what they claim", async () => {
    const user = await userNamed("pending.candidate@demo.example.com");
    for (const [type, mime] of [
      ["face_id", "image/png"],
      ["id_card", "application/pdf"],
      ["verification_document", "image/png"],
    ] as const) {
      const link = await documentLink({ ctx: ctx(), input: { type, userId: user.id } });
      expect(link.content_type).toBe(mime);
      const token = new URL(link.url).pathname.split("/").pop()!;
      const claims = await verifyFileToken(token, new Date());
      const stored = await getLocalFileStore().read(claims!.providerKey);
      expect((await fileTypeFromBuffer(stored!.bytes))?.mime).toBe(mime);
    }
  });

  it("builds a 64×64 PNG and a PDF with its text", async () => {
    const image = solidPng([10, 20, 30]);
    expect(Buffer.from(image.slice(16, 24)).readUInt32BE(0)).toBe(64);
    expect((await fileTypeFromBuffer(image))?.mime).toBe("image/png");
    const document = Buffer.from(onePagePdf("Hello (world)")).toString("latin1");
    expect(document).toContain("(Hello \\(world\\)) Tj");
    expect(document.endsWith("%%EOF\n")).toBe(true);
  });
});
