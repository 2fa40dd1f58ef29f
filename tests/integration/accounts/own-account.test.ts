// GET/PATCH /account-management/: one's own account in JSON and multipart, every validation
// refusal, and the profile picture's whole life (upload, replace, refused uploads leave nothing).
import fs from "node:fs";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import * as fileRoute from "@/app/api/files/[token]/route";
import * as ownRoute from "@/app/api/v1/account-management/route";
import * as byIdRoute from "@/app/api/v1/account-management/[id]/route";
import { storedFiles, users } from "@/db/schema";
import type { TestDatabase } from "../support/database";
import { createUser, signedInUser, useDatabaseWithKey } from "../support/factories";
import { call } from "../support/http";

// A data folder of this file's own, so the files on disk can be counted.
const dataDir = await vi.hoisted(async () =>
  (await import("../support/data-dir")).makeDataDir("account-management-test", {
    APP_URL: "http://localhost:3000",
  }),
);
const uploads = path.join(dataDir, "uploads");

let database: TestDatabase;
let apiKey: string;

useDatabaseWithKey((setup) => ({ database, apiKey } = setup), { dataDir });

const person = (overrides: Parameters<typeof createUser>[1] = {}) =>
  signedInUser(database.db, apiKey, overrides);

const path_ = "/api/v1/account-management/";
const getOwn = (headers: Record<string, string>) => call(ownRoute.GET, { path: path_, headers });
const patchJson = (headers: Record<string, string>, json: unknown) =>
  call(ownRoute.PATCH, { method: "PATCH", path: path_, headers, json });
const patchForm = (headers: Record<string, string>, form: FormData) =>
  call(ownRoute.PATCH, { method: "PATCH", path: path_, headers, body: form });

// A real 1×1 PNG; bigger "PNGs" for the size checks only need the signature (size is checked first).
const tinyPng = () =>
  new Uint8Array(
    Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
      "base64",
    ),
  );
const pngBytes = (size: number) => {
  const bytes = new Uint8Array(size);
  bytes.set(tinyPng());
  return bytes;
};
const jpgBytes = () =>
  new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 7, 7]);
const pdfBytes = () =>
  new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n");

function pictureForm(
  bytes: Uint8Array,
  name: string,
  type: string,
  fields: Record<string, string> = {},
) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  form.set("profile_picture", new File([bytes as Uint8Array<ArrayBuffer>], name, { type }));
  return form;
}

const filesOnDisk = () =>
  fs.existsSync(uploads) ? fs.readdirSync(uploads).filter((name) => !name.includes(".")) : [];
const storedFileRows = async () =>
  (await database.db.select({ total: count() }).from(storedFiles))[0]!.total;
const userRow = async (id: string) =>
  (await database.db.select().from(users).where(eq(users.id, id)))[0]!;

/** Fetch a signed link through the file route; read as bytes (call() decodes bodies as text). */
async function download(url: string) {
  const token = new URL(url).pathname.split("/").pop()!;
  const response = await fileRoute.GET(
    new NextRequest(`http://localhost:3000/api/files/${token}`),
    {
      params: Promise.resolve({ token }),
    },
  );
  return {
    status: response.status,
    headers: response.headers,
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}

describe("reading one's own account", () => {
  it("gives a candidate their full profile with the school", async () => {
    const { user, headers } = await person({
      userType: "candidate",
      role: "league",
      school: "Unity School",
      phone: "+234 901 234 5678",
    });
    const { status, data } = await getOwn(headers);
    expect(status).toBe(200);
    expect(data.profile).toMatchObject({
      user: { id: user.id, email: user.email, phone: "+234 901 234 5678", profile_picture: null },
      profile_type: "candidate",
      school: "Unity School",
      role: "league",
      status: "active",
      face_id: null,
    });
    expect(data.profile).not.toHaveProperty("occupation");
  });

  it("gives staff their occupation, and works before verification", async () => {
    const { user, headers } = await person({ occupation: "Teacher", isUserVerified: false });
    const { status, data } = await getOwn(headers);
    expect(status).toBe(200);
    expect(data.profile).toMatchObject({
      user: { id: user.id },
      profile_type: "staff",
      occupation: "Teacher",
      role: "volunteer",
      is_user_verified: false,
      status: "inactive",
    });
    expect(data.profile).not.toHaveProperty("school");
  });

  it("answers the same at /{own id}/", async () => {
    const { user, headers } = await person({ userType: "candidate" });
    const { status, data } = await call(byIdRoute.GET, {
      path: `${path_}${user.id}/`,
      params: { id: user.id },
      headers,
    });
    expect(status).toBe(200);
    expect(data.profile.user.id).toBe(user.id);
  });

  it("needs a signed-in person: an API key alone or nothing at all is 401", async () => {
    expect((await getOwn({ "x-api-key": apiKey })).status).toBe(401);
    expect((await getOwn({})).status).toBe(401);
    const patched = await patchJson({ "x-api-key": apiKey }, { user: { first_name: "X" } });
    expect(patched.status).toBe(401);
    expect(patched.data.code).toBe("not_authenticated");
  });
});

describe("updating with JSON", () => {
  it("changes a candidate's names, phone and school, and moves updated_at", async () => {
    const { user, headers } = await person({ userType: "candidate", school: "Old School" });
    const { status, data } = await patchJson(headers, {
      user: { first_name: "  Jonathan ", last_name: "Doe", phone: "+234 (0) 901-234-567" },
      profile: { school: "New High School" },
    });
    expect(status).toBe(200);
    expect(data.message).toBe("Account updated successfully.");
    expect(data.profile).toMatchObject({
      user: { first_name: "Jonathan", last_name: "Doe", phone: "+234 (0) 901-234-567" },
      school: "New High School",
    });
    const row = await userRow(user.id);
    expect(row).toMatchObject({ firstName: "Jonathan", school: "New High School" });
    expect(row.updatedAt.getTime()).toBeGreaterThan(user.updatedAt.getTime());
    expect(row.email).toBe(user.email);
  });

  it("changes an unverified staff member's occupation and clears the phone with null", async () => {
    const { user, headers } = await person({ isUserVerified: false, phone: "0801 234 5678" });
    const { status, data } = await patchJson(headers, {
      user: { phone: null },
      profile: { occupation: "Engineer" },
    });
    expect(status).toBe(200);
    expect(data.profile).toMatchObject({ user: { phone: null }, occupation: "Engineer" });
    expect(await userRow(user.id)).toMatchObject({ phone: null, occupation: "Engineer" });
  });

  it.each([
    ["email", { user: { email: "new@example.com" } }, "user", "email"],
    ["role", { role: "manager" }, "non_field_errors", "role"],
    ["is_active", { user: { is_active: false } }, "user", "is_active"],
    ["is_user_verified", { profile: { is_user_verified: true } }, "profile", "is_user_verified"],
    ["profile_picture", { user: { profile_picture: null } }, "user", "profile_picture"],
  ])(
    "refuses a change of %s as a field that cannot be changed here",
    async (_, json, field, key) => {
      const { user, headers } = await person({ userType: "candidate" });
      const { status, data } = await patchJson(headers, json);
      expect(status).toBe(400);
      expect(data.code).toBe("invalid");
      expect(data.errors[field].join(" ")).toContain(`cannot be changed here: ${key}`);
      const row = await userRow(user.id);
      expect(row).toMatchObject({ email: user.email, role: user.role, isActive: true });
    },
  );

  it("refuses school for staff and occupation for candidates, naming the field", async () => {
    const staff = await person({ occupation: "Teacher" });
    const wrongForStaff = await patchJson(staff.headers, { profile: { school: "Unity" } });
    expect(wrongForStaff.status).toBe(400);
    expect(wrongForStaff.data.errors["profile.school"]).toBeDefined();
    expect((await userRow(staff.user.id)).school).toBeNull();

    const candidate = await person({ userType: "candidate" });
    const wrongForCandidate = await patchJson(candidate.headers, {
      user: { first_name: "Changed" },
      profile: { occupation: "Pilot" },
    });
    expect(wrongForCandidate.status).toBe(400);
    expect(wrongForCandidate.data.errors["profile.occupation"]).toBeDefined();
    // Nothing of a refused request is applied.
    expect((await userRow(candidate.user.id)).firstName).toBe(candidate.user.firstName);
  });

  it.each([
    ["a blank first name", { user: { first_name: "   " } }, "user.first_name"],
    ["an empty last name", { user: { last_name: "" } }, "user.last_name"],
    ["a name over 100 characters", { user: { first_name: "x".repeat(101) } }, "user.first_name"],
    ["a name that is not text", { user: { first_name: 42 } }, "user.first_name"],
    ["letters in the phone", { user: { phone: "call me maybe" } }, "user.phone"],
    ["a phone too short", { user: { phone: "12345" } }, "user.phone"],
    ["a phone too long", { user: { phone: "1".repeat(21) } }, "user.phone"],
    ["a phone of punctuation", { user: { phone: "+(--- )--" } }, "user.phone"],
  ])("refuses %s", async (_, json, field) => {
    const { user, headers } = await person({ userType: "candidate" });
    const { status, data } = await patchJson(headers, json);
    expect(status).toBe(400);
    expect(data.code).toBe("invalid");
    expect(Object.keys(data.errors)).toEqual([field]);
    expect((await userRow(user.id)).updatedAt).toEqual(user.updatedAt);
  });

  it("refuses a request that changes nothing", async () => {
    const { headers } = await person();
    for (const json of [{}, { user: {} }, { profile: {} }]) {
      const { status, data } = await patchJson(headers, json);
      expect(status).toBe(400);
      expect(data.detail).toMatch(/Nothing to update/);
    }
    const noBody = await call(ownRoute.PATCH, { method: "PATCH", path: path_, headers });
    expect(noBody.status).toBe(400);
  });
});

describe("updating with a multipart form", () => {
  it("maps the spec's form fields, phone_number included", async () => {
    const { user, headers } = await person({ userType: "candidate" });
    const form = new FormData();
    form.set("first_name", "Ada");
    form.set("last_name", "Obi");
    form.set("phone_number", "+2348012345678");
    form.set("school", "Kings College");
    const { status, data } = await patchForm(headers, form);
    expect(status).toBe(200);
    expect(data.profile).toMatchObject({
      user: { first_name: "Ada", last_name: "Obi", phone: "+2348012345678" },
      school: "Kings College",
    });
    expect(await userRow(user.id)).toMatchObject({ firstName: "Ada", school: "Kings College" });
  });

  it("also accepts phone, and an empty phone or occupation clears it", async () => {
    const { user, headers } = await person({ occupation: "Teacher" });
    const form = new FormData();
    form.set("phone", "0801 234 5678");
    expect((await patchForm(headers, form)).data.profile.user.phone).toBe("0801 234 5678");
    const clearing = new FormData();
    clearing.set("phone_number", "");
    clearing.set("occupation", "");
    const { status } = await patchForm(headers, clearing);
    expect(status).toBe(200);
    expect(await userRow(user.id)).toMatchObject({ phone: null, occupation: null });
  });

  it("names refused form fields by their form names", async () => {
    const { user, headers } = await person({ occupation: "Teacher" });
    const unknown = new FormData();
    unknown.set("email", "new@example.com");
    unknown.set("first_name", "Eve");
    const refused = await patchForm(headers, unknown);
    expect(refused.status).toBe(400);
    expect(refused.data.errors).toEqual({ email: ["This field cannot be changed here."] });

    const blank = new FormData();
    blank.set("first_name", " ");
    blank.set("phone_number", "abc");
    const blankRefused = await patchForm(headers, blank);
    expect(blankRefused.status).toBe(400);
    expect(Object.keys(blankRefused.data.errors).sort()).toEqual(["first_name", "phone_number"]);

    const school = new FormData();
    school.set("school", "Unity");
    const schoolRefused = await patchForm(headers, school);
    expect(schoolRefused.status).toBe(400);
    expect(Object.keys(schoolRefused.data.errors)).toEqual(["school"]);

    expect((await patchForm(headers, new FormData())).status).toBe(400);
    expect((await userRow(user.id)).firstName).toBe(user.firstName);
  });
});

describe("the profile picture", () => {
  it("uploads, serves the same bytes through its signed link, and replaces the old one", async () => {
    const { user, headers } = await person({ userType: "candidate" });
    const filesBefore = filesOnDisk().length;
    const rowsBefore = await storedFileRows();

    const png = tinyPng();
    const first = await patchForm(
      headers,
      pictureForm(png, "me.png", "image/png", { first_name: "Pic" }),
    );
    expect(first.status).toBe(200);
    expect(first.data.profile.user.first_name).toBe("Pic");
    const firstUrl: string = first.data.profile.user.profile_picture;
    expect(firstUrl).toMatch(/^http:\/\/localhost:3000\/api\/files\//);
    const served = await download(firstUrl);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(served.bytes).toEqual(png);
    expect(filesOnDisk().length).toBe(filesBefore + 1);
    expect(await storedFileRows()).toBe(rowsBefore + 1);
    const firstFileId = (await userRow(user.id)).profilePictureFileId!;
    const [firstFile] = await database.db
      .select()
      .from(storedFiles)
      .where(eq(storedFiles.id, firstFileId));
    expect(firstFile).toMatchObject({ purpose: "profile_picture", ownerId: user.id });

    // GET shows the picture too.
    expect((await getOwn(headers)).data.profile.user.profile_picture).toMatch(/\/api\/files\//);

    const jpg = jpgBytes();
    const second = await patchForm(headers, pictureForm(jpg, "new.jpg", "image/jpeg"));
    expect(second.status).toBe(200);
    const secondServed = await download(second.data.profile.user.profile_picture);
    expect(secondServed.headers.get("content-type")).toBe("image/jpeg");
    expect(secondServed.bytes).toEqual(jpg);
    // The old picture is gone from disk and from the table; exactly one remains.
    expect(fs.existsSync(path.join(uploads, firstFile!.providerKey))).toBe(false);
    expect(
      await database.db.select().from(storedFiles).where(eq(storedFiles.id, firstFileId)),
    ).toEqual([]);
    expect(filesOnDisk().length).toBe(filesBefore + 1);
    expect(await storedFileRows()).toBe(rowsBefore + 1);
    expect((await download(firstUrl)).status).toBe(404);
  });

  it("refuses a PDF named .png, an oversized picture and a text value, leaving nothing behind", async () => {
    const { user, headers } = await person({ userType: "candidate" });
    const filesBefore = filesOnDisk().length;
    const rowsBefore = await storedFileRows();

    const disguised = await patchForm(
      headers,
      pictureForm(pdfBytes(), "photo.png", "image/png", { first_name: "Sneaky" }),
    );
    expect(disguised.status).toBe(400);
    expect(disguised.data.code).toBe("invalid_file_type");
    expect(disguised.data.errors.profile_picture).toBeDefined();

    const oversized = await patchForm(
      headers,
      pictureForm(pngBytes(2_000_001), "big.png", "image/png"),
    );
    expect(oversized.status).toBe(400);
    expect(oversized.data.code).toBe("file_size_exceeded");

    const notAFile = new FormData();
    notAFile.set("profile_picture", "hello");
    expect((await patchForm(headers, notAFile)).status).toBe(400);

    const overTheBodyLimit = await patchForm(
      headers,
      pictureForm(pngBytes(3_100_000), "huge.png", "image/png"),
    );
    expect(overTheBodyLimit.status).toBe(413);

    expect(filesOnDisk().length).toBe(filesBefore);
    expect(await storedFileRows()).toBe(rowsBefore);
    expect(await userRow(user.id)).toMatchObject({
      firstName: user.firstName,
      profilePictureFileId: null,
    });
  });

  it("lets a manager set a candidate's picture, which then belongs to the candidate", async () => {
    const candidate = await person({ userType: "candidate" });
    const manager = await person({ role: "manager" });
    const { status, data } = await call(byIdRoute.PATCH, {
      method: "PATCH",
      path: `${path_}${candidate.user.id}/`,
      params: { id: candidate.user.id },
      headers: manager.headers,
      body: pictureForm(tinyPng(), "them.png", "image/png", { school: "Hill School" }),
    });
    expect(status).toBe(200);
    expect(data.profile).toMatchObject({ user: { id: candidate.user.id }, school: "Hill School" });
    const row = await userRow(candidate.user.id);
    const [file] = await database.db
      .select()
      .from(storedFiles)
      .where(eq(storedFiles.id, row.profilePictureFileId!));
    expect(file!.ownerId).toBe(candidate.user.id);
    expect((await userRow(manager.user.id)).profilePictureFileId).toBeNull();
  });

  it("removes the new picture again when the database write fails", async () => {
    const { user, headers } = await person();
    const filesBefore = filesOnDisk().length;
    const rowsBefore = await storedFileRows();
    const spy = vi
      .spyOn(database.db, "transaction")
      .mockRejectedValueOnce(new Error("database went away"));
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const { status } = await patchForm(headers, pictureForm(tinyPng(), "me.png", "image/png"));
      expect(status).toBe(500);
    } finally {
      spy.mockRestore();
      quiet.mockRestore();
    }
    expect(filesOnDisk().length).toBe(filesBefore);
    expect(await storedFileRows()).toBe(rowsBefore);
    expect((await userRow(user.id)).profilePictureFileId).toBeNull();
  });
});
