// The question bank: who may use it, validation, pool counts, filters, archive semantics and the
// answer-corrected event.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as questionRoute from "@/app/api/v1/questions/[id]/route";
import * as questionsRoute from "@/app/api/v1/questions/route";
import { eventOutbox, questions } from "@/db/schema";
import type { TestDatabase } from "../support/database";
import { authHeaders, createUser, useDatabaseWithKey } from "../support/factories";
import { call } from "../support/http";

let database: TestDatabase;
let apiKey: string;
const as: Record<string, Record<string, string>> = {};
const ids: Record<string, string> = {};

useDatabaseWithKey((setup) => ({ database, apiKey } = setup));
beforeAll(async () => {
  for (const role of ["volunteer", "moderator", "admin"]) {
    const user = await createUser(database.db, { role, occupation: `${role} job` });
    ids[role] = user.id;
    as[role] = await authHeaders(database.db, user.id, apiKey);
  }
  const unverified = await createUser(database.db, { role: "moderator", isUserVerified: false });
  as.unverified = await authHeaders(database.db, unverified.id, apiKey);
  const candidate = await createUser(database.db, { userType: "candidate", role: "final" });
  as.candidate = await authHeaders(database.db, candidate.id, apiKey);
});

const path = "/api/v1/questions/";
const sample = (overrides: Record<string, unknown> = {}) => ({
  text: "What is 5 × 5?",
  option_a: "20",
  option_b: "25",
  option_c: "30",
  option_d: "35",
  correct_answer: "B",
  difficulty: "easy",
  ...overrides,
});
const create = (headers: Record<string, string>, json: unknown) =>
  call(questionsRoute.POST, { method: "POST", path, headers, json });
const list = (headers: Record<string, string>, query = "") =>
  call(questionsRoute.GET, { path: `${path}${query}`, headers });
const one = (method: "GET" | "PUT" | "PATCH" | "DELETE", id: number | string, json?: unknown) =>
  call(questionRoute[method], {
    method,
    path: `${path}${id}/`,
    params: { id: String(id) },
    headers: as.moderator!,
    json,
  });

describe("who may manage questions", () => {
  it("refuses volunteers, candidates and unverified moderators", async () => {
    expect((await list(as.volunteer!)).status).toBe(403);
    expect((await create(as.volunteer!, sample())).status).toBe(403);
    const candidate = await list(as.candidate!);
    expect(candidate.status).toBe(403);
    const unverified = await list(as.unverified!);
    expect(unverified.status).toBe(403);
    expect(unverified.data.code).toBe("unverified_staff");
  });

  it("lets moderators and admins create, read, update and archive", async () => {
    const created = await create(as.moderator!, sample({ text: "Moderator made" }));
    expect(created.status).toBe(201);
    expect(created.data.created_by.user.id).toBe(ids.moderator);
    expect(created.data.created_by.role).toBe("moderator");
    expect(created.data.created_by.occupation).toBe("moderator job");
    expect(created.data.updated_by).toBeNull();
    expect(created.data.created_at).toMatch(/Z$/);
    const id = created.data.id as number;
    expect((await one("GET", id)).data.text).toBe("Moderator made");
    const admin = await call(questionRoute.PATCH, {
      method: "PATCH",
      path: `${path}${id}/`,
      params: { id: String(id) },
      headers: as.admin!,
      json: { difficulty: "hard" },
    });
    expect(admin.status).toBe(200);
    expect(admin.data.difficulty).toBe("hard");
    expect(admin.data.updated_by.user.id).toBe(ids.admin);
    expect((await one("DELETE", id)).status).toBe(204);
  });
});

describe("validation", () => {
  it("rejects blank, too long, bad enums and missing fields", async () => {
    const response = await create(
      as.moderator!,
      sample({ text: " ", option_a: "x".repeat(501), correct_answer: "E", difficulty: "insane" }),
    );
    expect(response.status).toBe(400);
    expect(response.data.code).toBe("invalid");
    expect(Object.keys(response.data.errors).sort()).toEqual(
      ["correct_answer", "difficulty", "option_a", "text"].sort(),
    );
    const long = await create(as.moderator!, sample({ text: "q".repeat(2001) }));
    expect(long.status).toBe(400);
    expect(long.data.errors.text).toBeDefined();
    const missing = await create(as.moderator!, { text: "Only text" });
    expect(missing.status).toBe(400);
    expect(missing.data.errors.option_a).toBeDefined();
  });

  it("requires the four options to differ, on create and on update", async () => {
    const response = await create(as.moderator!, sample({ option_c: " 25 " }));
    expect(response.status).toBe(400);
    expect(response.data.errors.option_c).toEqual(["Must differ from option_b."]);
    const created = await create(as.moderator!, sample());
    const id = created.data.id as number;
    const patched = await one("PATCH", id, { option_d: "20" });
    expect(patched.status).toBe(400);
    expect(patched.data.errors.option_d).toBeDefined();
  });

  it("PUT needs every field; PATCH takes any", async () => {
    const created = await create(as.moderator!, sample());
    const id = created.data.id as number;
    const put = await one("PUT", id, { difficulty: "hard" });
    expect(put.status).toBe(400);
    const full = await one("PUT", id, sample({ text: "Replaced", difficulty: "moderate" }));
    expect(full.status).toBe(200);
    expect(full.data.text).toBe("Replaced");
    expect(full.data.difficulty).toBe("moderate");
  });

  it("answers 404 for unknown and malformed ids", async () => {
    expect((await one("GET", 999999)).status).toBe(404);
    expect((await one("GET", "abc")).status).toBe(404);
    expect((await one("GET", "99999999999")).status).toBe(404);
  });
});

describe("the list", () => {
  it("counts the pool exactly, filters, searches and leaves archived questions out", async () => {
    await database.db.delete(questions);
    const made: number[] = [];
    const specs: [string, string][] = [
      ["Easy one 50% off", "easy"],
      ["Easy two", "easy"],
      ["Moderate one", "moderate"],
      ["Hard one", "hard"],
      ["Hard two", "hard"],
      ["Hard three", "hard"],
    ];
    for (const [text, difficulty] of specs) {
      const response = await create(as.moderator!, sample({ text, difficulty }));
      made.push(response.data.id as number);
    }
    await create(as.admin!, sample({ text: "Admin hard", difficulty: "hard" }));
    expect((await one("DELETE", made[5]!)).status).toBe(204);

    const all = await list(as.moderator!);
    expect(all.status).toBe(200);
    expect(all.data.question_pool_data).toEqual({
      total_questions: 6,
      hard_questions_count: 3,
      moderate_questions_count: 1,
      easy_questions_count: 2,
    });
    expect(all.data.pagination.count).toBe(6);
    expect(all.data.results.map((item: { id: number }) => item.id)).not.toContain(made[5]);

    const hard = await list(as.moderator!, "?difficulty=hard");
    expect(hard.data.results.map((item: { text: string }) => item.text).sort()).toEqual([
      "Admin hard",
      "Hard one",
      "Hard two",
    ]);
    expect(hard.data.question_pool_data.total_questions).toBe(6);

    const search = await list(as.moderator!, "?search=50%25");
    expect(search.data.results.map((item: { text: string }) => item.text)).toEqual([
      "Easy one 50% off",
    ]);
    const wildcard = await list(as.moderator!, "?search=_");
    expect(wildcard.data.results).toHaveLength(0);

    const byAdmin = await list(as.moderator!, `?created_by=${ids.admin}`);
    expect(byAdmin.data.results.map((item: { text: string }) => item.text)).toEqual(["Admin hard"]);
    expect((await list(as.moderator!, "?created_by=nope")).status).toBe(400);
    expect((await list(as.moderator!, "?difficulty=insane")).status).toBe(400);

    const paged = await list(as.moderator!, "?page_size=4&page=2");
    expect(paged.data.results).toHaveLength(2);
    expect(paged.data.pagination.has_previous).toBe(true);
    expect((await list(as.moderator!, "?page_size=4&page=3")).status).toBe(404);
  });

  it("archived questions are 404 on GET, PUT, PATCH and DELETE", async () => {
    const created = await create(as.moderator!, sample());
    const id = created.data.id as number;
    expect((await one("DELETE", id)).status).toBe(204);
    const [row] = await database.db.select().from(questions).where(eq(questions.id, id));
    expect(row!.isArchived).toBe(true);
    expect(row!.archivedAt).toBeInstanceOf(Date);
    expect((await one("GET", id)).status).toBe(404);
    expect((await one("PUT", id, sample())).status).toBe(404);
    expect((await one("PATCH", id, { difficulty: "hard" })).status).toBe(404);
    expect((await one("DELETE", id)).status).toBe(404);
  });
});

describe("correcting an answer", () => {
  const corrections = async (questionId: number) =>
    (
      await database.db
        .select()
        .from(eventOutbox)
        .where(eq(eventOutbox.name, "question/answer.corrected"))
    ).filter((row) => (row.data as { questionId: number }).questionId === questionId);

  it("publishes question/answer.corrected only when correct_answer changes", async () => {
    const created = await create(as.moderator!, sample());
    const id = created.data.id as number;
    expect((await one("PATCH", id, { text: "Reworded", difficulty: "hard" })).status).toBe(200);
    expect((await one("PATCH", id, { correct_answer: "B" })).status).toBe(200);
    expect(await corrections(id)).toHaveLength(0);
    expect((await one("PATCH", id, { correct_answer: "C" })).status).toBe(200);
    expect(await corrections(id)).toHaveLength(1);
    expect((await one("PUT", id, sample({ correct_answer: "D" }))).status).toBe(200);
    expect(await corrections(id)).toHaveLength(2);
    const [row] = await database.db
      .select()
      .from(questions)
      .where(and(eq(questions.id, id), eq(questions.correctAnswer, "D")));
    expect(row).toBeDefined();
  });

  it("publishes nothing when the update is refused", async () => {
    const created = await create(as.moderator!, sample());
    const id = created.data.id as number;
    const refused = await one("PATCH", id, { correct_answer: "A", option_d: "20" });
    expect(refused.status).toBe(400);
    expect(await corrections(id)).toHaveLength(0);
  });
});
