// The one text rule (lib/http/unsafe-text.ts) where it matters most: registration with a NUL in a
// name (once a 500), an uploaded CSV and file names, and the web app's server actions, which are
// wrapped where they are exported (withTextRule) and refuse before they read anything.
import fs from "node:fs";
import path from "node:path";
import { count, eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as candidateRoute from "@/app/api/v1/register/candidate/route";
import * as importRoute from "@/app/api/v1/questions/import/route";
import { registerAction } from "@/app/(public)/register/actions";
import { saveExamAction } from "@/app/(app)/admin/exams/actions";
import { questions, users } from "@/db/schema";
import { errorResponse } from "@/lib/http/error-response";
import { setRegistrationSettings } from "@/lib/registration/registration-settings";
import type { TestDatabase } from "../support/database";
import { authHeaders, createUser, useDatabaseWithKey } from "../support/factories";
import { call } from "../support/http";

// Auth.js cannot load outside Next's bundler; these actions must refuse before reading the session
// anyway, so reaching it fails the test.
vi.mock("@/auth", () => ({
  auth: () => {
    throw new Error("the session was read before the text rule refused");
  },
  signIn: () => {
    throw new Error("not reached");
  },
}));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));

let database: TestDatabase;
let apiKey: string;
useDatabaseWithKey((setup) => ({ database, apiKey } = setup));
beforeEach(async () => {
  await setRegistrationSettings(
    database.db,
    { is_candidate_reg_open: true, is_staff_reg_open: true },
    null,
  );
});

const strongPassword = "Tangerine-Orbit-42";
let counter = 0;
const uniqueEmail = () => `nul${(counter += 1)}-${Date.now().toString(36)}@example.com`;

const usersWithEmail = async (email: string) =>
  (await database.db.select({ value: count() }).from(users).where(eq(users.email, email)))[0]!
    .value;

describe("registration with a NUL in a name", () => {
  it("is a 400 naming the field, in the contract's shape, and creates no account", async () => {
    const email = uniqueEmail();
    const response = await call(candidateRoute.POST, {
      method: "POST",
      path: "/api/v1/register/candidate/",
      headers: { "x-api-key": apiKey },
      json: {
        email,
        first_name: "Ada\u0000",
        last_name: "Lovelace",
        password: strongPassword,
        password2: strongPassword,
      },
    });
    expect(response.status).toBe(400);
    expect(response.data).toEqual({
      detail: "Invalid request body.",
      code: "invalid",
      errors: { first_name: ["This may not contain the NUL character (\\u0000)."] },
    });
    expect(await usersWithEmail(email)).toBe(0);
  });

  it("refuses a lone surrogate the same way, and still reports the other fields' problems", async () => {
    const response = await call(candidateRoute.POST, {
      method: "POST",
      path: "/api/v1/register/candidate/",
      headers: { "x-api-key": apiKey },
      json: { email: "not an email", first_name: "Ada", last_name: "Love\ud800lace" },
    });
    expect(response.status).toBe(400);
    expect(response.data.errors.last_name).toEqual([
      "This contains text that is not valid Unicode (an unpaired surrogate).",
    ]);
    expect(response.data.errors.email).toBeDefined();
  });
});

describe("uploads", () => {
  const header = "text,option_a,option_b,option_c,option_d,correct_answer,difficulty";
  const upload = async (form: FormData) => {
    const moderator = await createUser(database.db, { role: "moderator" });
    return call(importRoute.POST, {
      method: "POST",
      path: "/api/v1/questions/import/",
      headers: await authHeaders(database.db, moderator.id, apiKey),
      body: form,
    });
  };
  const total = async () =>
    (await database.db.select({ value: count() }).from(questions))[0]!.value;

  it("a CSV row with a NUL is a row error, and nothing is imported", async () => {
    const before = await total();
    const form = new FormData();
    form.set("file", new Blob([`${header}\nWhy\u0000?,1,2,3,4,A,easy\n`]), "questions.csv");
    form.set("commit", "true");
    const response = await upload(form);
    expect(response.status).toBe(400);
    expect(response.data.code).toBe("invalid_csv");
    expect(response.data.errors).toEqual({
      "row_1.text": ["This may not contain the NUL character (\\u0000)."],
    });
    expect(await total()).toBe(before);
  });

  it("a form field with a NUL is refused before the handler reads the form", async () => {
    const form = new FormData();
    form.set("file", new Blob([`${header}\n`]), "questions.csv");
    form.set("commit", "true\u0000");
    const response = await upload(form);
    expect(response.status).toBe(400);
    expect(response.data).toMatchObject({ detail: "Invalid form data.", code: "invalid" });
    expect(Object.keys(response.data.errors)).toEqual(["commit"]);
  });
});

describe("server actions", () => {
  it("registration's form refuses a NUL in a name before it reads the session or writes", async () => {
    const email = uniqueEmail();
    const form = new FormData();
    form.set("email", email);
    form.set("first_name", "Ada\u0000");
    form.set("last_name", "Lovelace");
    form.set("password", strongPassword);
    form.set("password2", strongPassword);
    // Outside a request, reading the session would throw: the refusal comes first.
    const state = await registerAction("candidate", {}, form);
    expect(state).toEqual({
      error:
        "Some text contains characters that cannot be accepted (a NUL character or invalid Unicode).",
      errors: { first_name: ["This may not contain the NUL character (\\u0000)."] },
    });
    expect(await usersWithEmail(email)).toBe(0);
  });

  it("the exam builder's form refuses a NUL in the description", async () => {
    // (FormData holds Unicode scalar values: a lone surrogate becomes U+FFFD before it is sent.)
    const form = new FormData();
    form.set("title", "Algebra");
    form.set("description", "Bring a pencil\u0000");
    const state = await saveExamAction({}, form);
    expect(state.errors).toEqual({
      description: ["This may not contain the NUL character (\\u0000)."],
    });
  });

  it("every server action that takes input is wrapped in withTextRule where it is exported", () => {
    const app = path.join(process.cwd(), "app");
    const files = fs
      .readdirSync(app, { recursive: true, encoding: "utf8" })
      .filter((file) => path.basename(file) === "actions.ts")
      .map((file) => path.join(app, file));
    expect(files.length).toBeGreaterThan(5);
    const unwrapped: string[] = [];
    for (const file of files) {
      const source = fs.readFileSync(file, "utf8");
      if (!/^["']use server["'];/m.test(source)) continue;
      for (const match of source.matchAll(/^export async function (\w+)\(([^)]*)\)/gm)) {
        // An action without parameters takes no input.
        if (match[2]!.trim() !== "") unwrapped.push(`${file}: ${match[1]}`);
      }
      for (const match of source.matchAll(/^export const (\w+) = (?!withTextRule\()/gm)) {
        unwrapped.push(`${file}: ${match[1]}`);
      }
    }
    expect(unwrapped).toEqual([]);
  });
});

describe("the database's own refusal of input", () => {
  it("a data exception that gets past the schemas is a 400, never a 500; other failures stay 500", async () => {
    const refused = await database.db.execute(sql`select ${"a\u0000"}::text`).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).not.toBeNull();
    const response = errorResponse(refused);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "invalid" });

    const broken = await database.db.execute(sql`select * from no_such_table`).then(
      () => null,
      (error: unknown) => error,
    );
    expect(errorResponse(broken).status).toBe(500);
  });
});
