// CSV import: preview, commit, broken rows (nothing written), file uploads and odd CSV shapes.
import { count } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as importRoute from "@/app/api/v1/questions/import/route";
import { questions } from "@/db/schema";
import type { TestDatabase } from "../support/database";
import { authHeaders, createUser, useDatabaseWithKey } from "../support/factories";
import { call } from "../support/http";

let database: TestDatabase;
let apiKey: string;
const as: Record<string, Record<string, string>> = {};
let moderatorId = "";

useDatabaseWithKey((setup) => ({ database, apiKey } = setup));
beforeAll(async () => {
  const moderator = await createUser(database.db, { role: "moderator" });
  moderatorId = moderator.id;
  as.moderator = await authHeaders(database.db, moderator.id, apiKey);
  const volunteer = await createUser(database.db, { role: "volunteer" });
  as.volunteer = await authHeaders(database.db, volunteer.id, apiKey);
});

const header = "text,option_a,option_b,option_c,option_d,correct_answer,difficulty";
const good = [
  header,
  "What is 5 × 5?,20,25,30,35,B,easy",
  '"Pick the city, please",Berlin,Madrid,Paris,Rome,c,Moderate',
  '"Line one\nline two",1,2,3,4,A,hard',
].join("\r\n");

const post = (json: unknown, headers = as.moderator!) =>
  call(importRoute.POST, { method: "POST", path: "/api/v1/questions/import/", headers, json });
const total = async () => (await database.db.select({ value: count() }).from(questions))[0]!.value;

describe("POST /questions/import/", () => {
  it("is for moderators and above", async () => {
    expect((await post({ csv: good }, as.volunteer!)).status).toBe(403);
  });

  it("previews by default and writes nothing", async () => {
    const before = await total();
    const response = await post({ csv: `\uFEFF${good}\n\n` });
    expect(response.status).toBe(200);
    expect(response.data.rows).toBe(3);
    expect(response.data.valid).toBe(3);
    expect(response.data.errors).toEqual([]);
    expect(response.data.created).toBe(0);
    expect(response.data.preview[1]).toEqual({
      text: "Pick the city, please",
      option_a: "Berlin",
      option_b: "Madrid",
      option_c: "Paris",
      option_d: "Rome",
      correct_answer: "C",
      difficulty: "moderate",
    });
    expect(response.data.preview[2].text).toBe("Line one\nline two");
    expect(await total()).toBe(before);
  });

  it("commits every row in one go (201)", async () => {
    const before = await total();
    const response = await post({ csv: good, commit: true });
    expect(response.status).toBe(201);
    expect(response.data.created).toBe(3);
    expect(await total()).toBe(before + 3);
    const rows = await database.db.select().from(questions);
    expect(rows.filter((row) => row.createdById === moderatorId)).toHaveLength(3);
  });

  it("reports broken rows by 1-based data row and writes nothing on commit", async () => {
    const csv = [
      header,
      "Fine,1,2,3,4,A,easy",
      "Too few,1,2",
      ",1,2,3,4,A,easy",
      "Bad enums,1,2,3,4,E,insane",
      "Same options,1,1,3,4,A,easy",
      "Too many,1,2,3,4,A,easy,extra",
    ].join("\n");
    const preview = await post({ csv });
    expect(preview.status).toBe(200);
    expect(preview.data.rows).toBe(6);
    expect(preview.data.valid).toBe(1);
    expect(preview.data.errors).toEqual([
      { row: 2, field: "row", message: "Expected 7 fields, found 3." },
      { row: 3, field: "text", message: "May not be blank." },
      { row: 4, field: "correct_answer", message: "Must be one of A, B, C, D." },
      { row: 4, field: "difficulty", message: "Must be one of easy, moderate, hard." },
      { row: 5, field: "option_b", message: "Must differ from option_a." },
      { row: 6, field: "row", message: "Expected 7 fields, found 8." },
    ]);
    const before = await total();
    const committed = await post({ csv, commit: true });
    expect(committed.status).toBe(400);
    expect(committed.data.code).toBe("invalid_csv");
    expect(committed.data.row_errors).toEqual(preview.data.errors);
    expect(committed.data.errors["row_4.difficulty"]).toBeDefined();
    expect(await total()).toBe(before);
  });

  it("accepts columns in any order and ignores extra columns", async () => {
    const csv =
      "difficulty,notes,correct_answer,text,option_d,option_c,option_b,option_a\n" +
      "hard,ignored,D,Reordered,d,c,b,a";
    const response = await post({ csv });
    expect(response.data.valid).toBe(1);
    expect(response.data.preview[0]).toMatchObject({
      text: "Reordered",
      option_a: "a",
      correct_answer: "D",
    });
  });

  it("refuses a missing header column, an empty file, an unclosed quote and bad bodies", async () => {
    const missing = await post({
      csv: "text,option_a,option_b,option_c,option_d,difficulty\nx,1,2,3,4,easy",
    });
    expect(missing.status).toBe(400);
    expect(missing.data.code).toBe("invalid_csv");
    expect(missing.data.detail).toContain("correct_answer");
    expect((await post({ csv: "" })).status).toBe(400);
    expect((await post({ csv: `${header}\n"open,1,2,3,4,A,easy` })).data.code).toBe("invalid_csv");
    expect((await post({ csv: good, commit: "yes" })).status).toBe(400);
    expect((await post({})).status).toBe(400);
  });

  it("takes a multipart file upload", async () => {
    const form = new FormData();
    form.set("file", new Blob([good], { type: "text/csv" }), "questions.csv");
    const preview = await call(importRoute.POST, {
      method: "POST",
      path: "/api/v1/questions/import/",
      headers: as.moderator!,
      body: form,
    });
    expect(preview.status).toBe(200);
    expect(preview.data.valid).toBe(3);
    const before = await total();
    const commitForm = new FormData();
    commitForm.set("file", new Blob([good], { type: "text/csv" }), "questions.csv");
    commitForm.set("commit", "true");
    const committed = await call(importRoute.POST, {
      method: "POST",
      path: "/api/v1/questions/import/",
      headers: as.moderator!,
      body: commitForm,
    });
    expect(committed.status).toBe(201);
    expect(await total()).toBe(before + 3);
    const noFile = new FormData();
    noFile.set("commit", "true");
    const refused = await call(importRoute.POST, {
      method: "POST",
      path: "/api/v1/questions/import/",
      headers: as.moderator!,
      body: noFile,
    });
    expect(refused.status).toBe(400);
    expect(refused.data.errors.file).toBeDefined();
  });
});
