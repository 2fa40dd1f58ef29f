// POST/PATCH /user/verification/upload/ and GET /user/verification/status/: who may upload, every
// file rule, and that a refused or failed upload leaves no file or row behind.
import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as statusRoute from "@/app/api/v1/user/verification/status/route";
import * as uploadRoute from "@/app/api/v1/user/verification/upload/route";
import { storedFiles, userVerifications, users } from "@/db/schema";
import { submitVerification } from "@/lib/verification/submit-verification";
import { uploadResponse } from "@/lib/verification/schemas";
import type { TestDatabase } from "../support/database";
import { useDatabaseWithKey } from "../support/factories";
import { call } from "../support/http";
import {
  allThree,
  contextOf,
  file,
  form,
  jpeg,
  pdf,
  person,
  png,
  storageCounts,
  type Person,
} from "./support";

const dataDir = await vi.hoisted(async () =>
  (await import("../support/data-dir")).makeDataDir("verification-upload-test", {
    APP_URL: "http://localhost:3000",
  }),
);
const uploadsDir = path.join(dataDir, "uploads");

let database: TestDatabase;
let apiKey: string;

useDatabaseWithKey((setup) => ({ database, apiKey } = setup), { dataDir });

const path_ = "/api/v1/user/verification/upload/";
const upload = (
  who: Person | Record<string, string>,
  body: FormData | undefined,
  method: "POST" | "PATCH" = "POST",
) =>
  call(method === "POST" ? uploadRoute.POST : uploadRoute.PATCH, {
    method,
    path: path_,
    headers: "headers" in who ? (who.headers as Record<string, string>) : who,
    body,
  });
const status = (who: Person) =>
  call(statusRoute.GET, { path: "/api/v1/user/verification/status/", headers: who.headers });
const newPerson = (overrides = {}) => person(database.db, apiKey, overrides);
const rowOf = async (userId: string) =>
  (
    await database.db.select().from(userVerifications).where(eq(userVerifications.userId, userId))
  )[0];

/** Run a refused upload and check that storage holds exactly what it held before. */
async function refusedWithoutLeftovers(
  attempt: () => Promise<{ status: number; data: Record<string, any> }>,
) {
  const before = await storageCounts(database.db);
  const response = await attempt();
  expect(await storageCounts(database.db)).toEqual(before);
  return response;
}

describe("status of one's own verification", () => {
  it("is not_submitted before any upload, for a candidate and for unverified staff", async () => {
    for (const overrides of [{ userType: "candidate" as const }, { role: "volunteer" }]) {
      const someone = await newPerson(overrides);
      const response = await status(someone);
      expect(response.status).toBe(200);
      expect(response.data).toEqual({
        status: "not_submitted",
        is_approved: false,
        is_rejected: false,
        is_pending: false,
        rejection_reason: null,
        submitted_at: null,
        reviewed_at: null,
        documents: { face_id: false, id_card: false, verification_document: false },
      });
    }
  });

  it("is email_not_verified while the email is unverified, verified for someone verified without a submission", async () => {
    const unverifiedEmail = await newPerson({ userType: "candidate", isEmailVerified: false });
    expect((await status(unverifiedEmail)).data.status).toBe("email_not_verified");
    const verified = await newPerson({ isUserVerified: true });
    expect((await status(verified)).data).toMatchObject({ status: "verified", is_approved: true });
  });

  it("needs a signed-in person: a key alone or nothing is 401", async () => {
    const keyOnly = await call(statusRoute.GET, {
      path: "/api/v1/user/verification/status/",
      headers: { "x-api-key": apiKey },
    });
    expect(keyOnly.status).toBe(401);
    const nobody = await call(statusRoute.GET, { path: "/api/v1/user/verification/status/" });
    expect(nobody.status).toBe(401);
  });
});

describe("a first submission", () => {
  it("POST with the three files is 201, pending, and stores three private files", async () => {
    const candidate = await newPerson({ userType: "candidate" });
    const before = await storageCounts(database.db);
    const response = await upload(candidate, form(allThree()));
    expect(response.status).toBe(201);
    expect(uploadResponse.parse(response.data)).toMatchObject({
      verification: {
        status: "pending",
        is_pending: true,
        is_approved: false,
        documents: { face_id: true, id_card: true, verification_document: true },
      },
    });
    expect(await storageCounts(database.db)).toEqual({
      rows: before.rows + 3,
      files: before.files + 6, // each file and its content-type note
    });
    const files = await database.db
      .select()
      .from(storedFiles)
      .where(eq(storedFiles.ownerId, candidate.user.id));
    expect(files.map((row) => [row.purpose, row.contentType]).sort()).toEqual([
      ["verification:face_id", "image/png"],
      ["verification:id_card", "application/pdf"],
      ["verification:verification_document", "image/jpeg"],
    ]);
    expect((await status(candidate)).data).toMatchObject({ status: "pending", is_pending: true });
  });

  it("unverified staff may submit too, and extra form fields are ignored", async () => {
    const volunteer = await newPerson({ role: "volunteer" });
    const response = await upload(volunteer, form({ ...allThree(), note: "hello" }));
    expect(response.status).toBe(201);
  });

  it("refuses a person whose email is not verified (403 email_not_verified)", async () => {
    const someone = await newPerson({ userType: "candidate", isEmailVerified: false });
    const response = await refusedWithoutLeftovers(() => upload(someone, form(allThree())));
    expect(response.status).toBe(403);
    expect(response.data.code).toBe("email_not_verified");
  });

  it("needs a signed-in person (401 for a key alone and for no credentials)", async () => {
    expect((await upload({ "x-api-key": apiKey }, form(allThree()))).status).toBe(401);
    expect((await upload({}, form(allThree()))).status).toBe(401);
  });

  it("needs all three files, naming the missing ones", async () => {
    const candidate = await newPerson({ userType: "candidate" });
    const { face_id, id_card } = allThree();
    const response = await refusedWithoutLeftovers(() =>
      upload(candidate, form({ face_id, id_card })),
    );
    expect(response.status).toBe(400);
    expect(response.data.code).toBe("invalid");
    expect(Object.keys(response.data.errors)).toEqual(["verification_document"]);
    expect(await rowOf(candidate.user.id)).toBeUndefined();
  });

  it("refuses an empty form or one with no recognised file field (400 with field errors)", async () => {
    const candidate = await newPerson({ userType: "candidate" });
    for (const body of [form({}), form({ passport: file(png(), "p.png") })]) {
      const response = await refusedWithoutLeftovers(() => upload(candidate, body));
      expect(response.status).toBe(400);
      expect(response.data.code).toBe("invalid");
      expect(Object.keys(response.data.errors).sort()).toEqual([
        "face_id",
        "id_card",
        "verification_document",
      ]);
    }
    const patch = await upload(candidate, form({ other: "x" }), "PATCH");
    expect(patch.status).toBe(404); // nothing to update yet
  });

  it("refuses a JSON body (415) and a missing body (400), never 500", async () => {
    const candidate = await newPerson({ userType: "candidate" });
    const json = await call(uploadRoute.POST, {
      method: "POST",
      path: path_,
      headers: candidate.headers,
      json: { face_id: "face.png" },
    });
    expect(json.status).toBe(415);
    expect(json.data.code).toBe("unsupported_media_type");
    const empty = await upload(candidate, undefined);
    expect(empty.status).toBe(400);
    expect(empty.data.code).toBe("invalid");
    const broken = await call(uploadRoute.POST, {
      method: "POST",
      path: path_,
      headers: { ...candidate.headers, "content-type": "multipart/form-data; boundary=zzz" },
      body: "not a multipart body",
    });
    expect(broken.status).toBe(400);
  });
});

describe("file rules (content decides the type; every file checked before any is stored)", () => {
  let candidate: Person;
  beforeAll(async () => {
    candidate = await newPerson({ userType: "candidate" });
  });

  const cases: [string, Record<string, File>, string, string][] = [
    [
      "a PDF named face.png as face_id",
      { face_id: file(pdf(), "face.png", "image/png") },
      "face_id",
      "invalid_file_type",
    ],
    [
      "a real PDF as face_id (images only)",
      { face_id: file(pdf(), "face.pdf", "application/pdf") },
      "face_id",
      "invalid_file_type",
    ],
    [
      "a text file named id.pdf as id_card",
      { id_card: file("just some text", "id.pdf", "application/pdf") },
      "id_card",
      "invalid_file_type",
    ],
    [
      "a text file named letter.jpg as verification_document",
      { verification_document: file("<html></html>", "letter.jpg", "image/jpeg") },
      "verification_document",
      "invalid_file_type",
    ],
    [
      "a face_id over 5 MB",
      { face_id: file(png(5_000_001), "face.png") },
      "face_id",
      "file_size_exceeded",
    ],
    [
      "an id_card over 2 MB",
      { id_card: file(pdf(2_000_001), "id.pdf") },
      "id_card",
      "file_size_exceeded",
    ],
    [
      "a verification_document over 2 MB",
      { verification_document: file(jpeg(2_000_001), "doc.jpg") },
      "verification_document",
      "file_size_exceeded",
    ],
    ["an empty face_id", { face_id: file(new Uint8Array(), "face.png") }, "face_id", "invalid"],
  ];

  for (const [what, bad, field, code] of cases) {
    it(`refuses ${what} (${code}) and stores none of the three`, async () => {
      const response = await refusedWithoutLeftovers(() =>
        upload(candidate, form({ ...allThree(), ...bad })),
      );
      expect(response.status).toBe(400);
      expect(response.data.code).toBe(code);
      expect(Object.keys(response.data.errors)).toEqual([field]);
      expect(await rowOf(candidate.user.id)).toBeUndefined();
    });
  }

  it("accepts the size limits exactly (face_id 5 MB, id_card 2 MB)", async () => {
    const someone = await newPerson({ userType: "candidate" });
    const response = await upload(
      someone,
      form({
        ...allThree(),
        face_id: file(jpeg(5_000_000), "face.jpg"),
        id_card: file(png(2_000_000), "id.png"),
      }),
    );
    expect(response.status).toBe(201);
  });

  it("reports several bad files together", async () => {
    const response = await refusedWithoutLeftovers(() =>
      upload(
        candidate,
        form({
          ...allThree(),
          face_id: file(pdf(), "face.png"),
          id_card: file(pdf(2_000_001), "id.pdf"),
        }),
      ),
    );
    expect(response.status).toBe(400);
    expect(Object.keys(response.data.errors).sort()).toEqual(["face_id", "id_card"]);
  });

  it("refuses a body over 10 MB with 413 before reading the files", async () => {
    const response = await refusedWithoutLeftovers(() =>
      upload(candidate, form({ ...allThree(), face_id: file(png(10_500_000), "face.png") })),
    );
    expect(response.status).toBe(413);
    expect(response.data.code).toBe("payload_too_large");
  });

  it("removes the stored files again when the database write fails", async () => {
    const someone = await newPerson({ userType: "candidate" });
    const failing = Object.create(database.db, {
      transaction: {
        value: async () => {
          throw new Error("database went away");
        },
      },
    }) as typeof database.db;
    const before = await storageCounts(database.db);
    await expect(
      submitVerification({
        ctx: contextOf(failing, someone.user),
        input: { files: allThree(), mode: "create" },
      }),
    ).rejects.toThrow("database went away");
    expect(await storageCounts(database.db)).toEqual(before);
  });
});

describe("resubmission", () => {
  it("POST again replaces all three (200), removes the old files, and returns to pending", async () => {
    const candidate = await newPerson({ userType: "candidate" });
    expect((await upload(candidate, form(allThree()))).status).toBe(201);
    const first = (await rowOf(candidate.user.id))!;
    await database.db
      .update(userVerifications)
      .set({ status: "rejected", rejectionReason: "Blurry", reviewedAt: new Date() })
      .where(eq(userVerifications.id, first.id));
    const before = await storageCounts(database.db);

    const response = await upload(candidate, form(allThree()));
    expect(response.status).toBe(200);
    expect(uploadResponse.parse(response.data).verification).toMatchObject({
      status: "pending",
      rejection_reason: null,
      reviewed_at: null,
    });
    const second = (await rowOf(candidate.user.id))!;
    expect(second.id).toBe(first.id);
    expect(second.faceIdFileId).not.toBe(first.faceIdFileId);
    expect(await storageCounts(database.db)).toEqual(before);
    const oldIds = [first.faceIdFileId!, first.idCardFileId!, first.verificationDocumentFileId!];
    for (const id of oldIds) {
      expect(await database.db.select().from(storedFiles).where(eq(storedFiles.id, id))).toEqual(
        [],
      );
    }
  });

  it("POST while a submission is pending is 400 pending_verification and changes nothing; PATCH still replaces", async () => {
    const candidate = await newPerson({ userType: "candidate" });
    expect((await upload(candidate, form(allThree()))).status).toBe(201);
    const pending = (await rowOf(candidate.user.id))!;

    const again = await refusedWithoutLeftovers(() => upload(candidate, form(allThree())));
    expect(again.status).toBe(400);
    expect(again.data).toEqual({
      code: "pending_verification",
      detail:
        "Your documents are already waiting for review, so a new set cannot be submitted. You can replace a document instead.",
    });
    expect(await rowOf(candidate.user.id)).toEqual(pending);

    const patched = await upload(candidate, form({ id_card: file(pdf(), "card.pdf") }), "PATCH");
    expect(patched.status).toBe(200);
    expect((await rowOf(candidate.user.id))!.idCardFileId).not.toBe(pending.idCardFileId);
  });

  it("two first submissions at once: one is 201, the other 400 pending_verification, never 500", async () => {
    const candidate = await newPerson({ userType: "candidate" });
    const before = await storageCounts(database.db);
    const answers = await Promise.all([
      upload(candidate, form(allThree())),
      upload(candidate, form(allThree())),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 400]);
    expect(answers.find((answer) => answer.status === 400)!.data.code).toBe("pending_verification");
    // Only the winner's three files remain (each is stored with a ".type" file beside it).
    expect(await storageCounts(database.db)).toEqual({
      rows: before.rows + 3,
      files: before.files + 6,
    });
  });

  it("PATCH replaces only the files sent and removes just the replaced one", async () => {
    const candidate = await newPerson({ userType: "candidate" });
    await upload(candidate, form(allThree()));
    const first = (await rowOf(candidate.user.id))!;
    const [oldFace] = await database.db
      .select()
      .from(storedFiles)
      .where(eq(storedFiles.id, first.faceIdFileId!));
    expect(fs.existsSync(path.join(uploadsDir, oldFace!.providerKey))).toBe(true);

    const response = await upload(
      candidate,
      form({ face_id: file(jpeg(), "new-face.jpg") }),
      "PATCH",
    );
    expect(response.status).toBe(200);
    const second = (await rowOf(candidate.user.id))!;
    expect(second.faceIdFileId).not.toBe(first.faceIdFileId);
    expect(second.idCardFileId).toBe(first.idCardFileId);
    expect(second.verificationDocumentFileId).toBe(first.verificationDocumentFileId);
    expect(fs.existsSync(path.join(uploadsDir, oldFace!.providerKey))).toBe(false);
    expect(
      await database.db.select().from(storedFiles).where(eq(storedFiles.id, first.faceIdFileId!)),
    ).toEqual([]);
  });

  it("PATCH without a submission is 404 and PATCH with no file is 400", async () => {
    const candidate = await newPerson({ userType: "candidate" });
    const none = await refusedWithoutLeftovers(() =>
      upload(candidate, form({ face_id: file(png(), "face.png") }), "PATCH"),
    );
    expect(none.status).toBe(404);
    expect(none.data).toMatchObject({
      code: "not_found",
      detail: "No verification submission to update.",
    });
    await upload(candidate, form(allThree()));
    const empty = await upload(candidate, form({}), "PATCH");
    expect(empty.status).toBe(400);
    expect(empty.data.code).toBe("invalid");
  });

  it("an approved verification cannot be changed (409), nor can someone verified without one", async () => {
    const candidate = await newPerson({ userType: "candidate" });
    await upload(candidate, form(allThree()));
    await database.db
      .update(userVerifications)
      .set({ status: "approved" })
      .where(eq(userVerifications.userId, candidate.user.id));
    await database.db
      .update(users)
      .set({ isUserVerified: true })
      .where(eq(users.id, candidate.user.id));
    for (const [method, body] of [
      ["POST", form(allThree())],
      ["PATCH", form({ id_card: file(pdf(), "id.pdf") })],
    ] as const) {
      const response = await refusedWithoutLeftovers(() => upload(candidate, body, method));
      expect(response.status).toBe(409);
      expect(response.data.code).toBe("verification_already_approved");
    }
    const verified = await newPerson({ isUserVerified: true });
    const response = await upload(verified, form(allThree()));
    expect(response.status).toBe(409);
  });
});
