// The staff exams API: GET/POST /exams/, GET/PUT/PATCH/DELETE /exams/{id}/, duplicate.
import { eq } from "drizzle-orm";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as examRoute from "@/app/api/v1/exams/[id]/route";
import * as duplicateRoute from "@/app/api/v1/exams/[id]/duplicate/route";
import * as examsRoute from "@/app/api/v1/exams/route";
import { examScores, exams } from "@/db/schema";
import { useClock } from "@/lib/context";
import type { TestDatabase } from "../support/database";
import { authHeaders, createUser, signIn, useDatabaseWithKey } from "../support/factories";
import { call } from "../support/http";
import { createExamRow, createQuestion, hours } from "./support";

let database: TestDatabase;
let apiKey: string;
let now: Date;
const as: Record<string, Record<string, string>> = {};
let adminId: string;
let adminNow: Record<string, string>;
const q = { easy: 0, moderate: 0, hard: 0, archived: 0 };

useDatabaseWithKey((setup) => ({ database, apiKey } = setup));
beforeAll(async () => {
  for (const role of ["moderator", "admin"]) {
    const user = await createUser(database.db, { role, firstName: "Ada", lastName: role });
    if (role === "admin") adminId = user.id;
    as[role] = await authHeaders(database.db, user.id, apiKey);
    if (role === "admin") adminNow = as[role]!;
  }
  const unverified = await createUser(database.db, { role: "admin", isUserVerified: false });
  as.unverified = await authHeaders(database.db, unverified.id, apiKey);
  const candidate = await createUser(database.db, { userType: "candidate", role: "screening" });
  as.candidate = await authHeaders(database.db, candidate.id, apiKey);
  q.easy = (await createQuestion(database.db, { difficulty: "easy" })).id;
  q.moderate = (await createQuestion(database.db, { difficulty: "moderate" })).id;
  q.hard = (await createQuestion(database.db, { difficulty: "hard" })).id;
  q.archived = (
    await createQuestion(database.db, {
      difficulty: "hard",
      isArchived: true,
      archivedAt: new Date(),
    })
  ).id;
});
beforeEach(() => {
  now = new Date();
  useClock({ now: () => now });
  as.admin = adminNow;
});
afterEach(() => useClock(undefined));

/** Move the injected clock, with a fresh admin session signed at the new time. */
async function travel(ms: number) {
  now = new Date(now.getTime() + ms);
  const { access } = await signIn(database.db, adminId, now);
  as.admin = { "x-api-key": apiKey, authorization: `Bearer ${access}` };
}

const list = (query: string, headers = as.admin!) =>
  call(examsRoute.GET, { path: `/api/v1/exams/${query}`, headers });
const create = (json: unknown, headers = as.admin!) =>
  call(examsRoute.POST, { method: "POST", path: "/api/v1/exams/", headers, json });
const detail = (id: number | string, query = "") =>
  call(examRoute.GET, {
    path: `/api/v1/exams/${id}/${query}`,
    params: { id: String(id) },
    headers: as.admin!,
  });
const update = (method: "PUT" | "PATCH", id: number, json: unknown) =>
  call(examRoute[method], {
    method,
    path: `/api/v1/exams/${id}/`,
    params: { id: String(id) },
    headers: as.admin!,
    json,
  });
const remove = (id: number) =>
  call(examRoute.DELETE, {
    method: "DELETE",
    path: `/api/v1/exams/${id}/`,
    params: { id: String(id) },
    headers: as.admin!,
  });

const validBody = () => ({
  title: "Algebra Screening",
  stage: "screening",
  description: "Linear equations.",
  scheduled_date: new Date(now.getTime() + hours(48)).toISOString(),
  countdown_minutes: 60,
  open_duration_hours: 24,
  questions: [q.hard, q.easy, q.hard],
});

describe("permissions", () => {
  it("is for verified admins and up", async () => {
    expect((await list("")).status).toBe(200);
    expect((await list("", as.moderator)).data.code).toBe("permission_denied");
    expect((await list("", as.unverified)).data.code).toBe("unverified_staff");
    expect((await list("", as.candidate)).status).toBe(403);
    expect((await create(validBody(), as.moderator)).status).toBe(403);
    expect((await create(validBody(), as.unverified)).data.code).toBe("unverified_staff");
  });
});

describe("POST /exams/", () => {
  it("creates an exam in the spec's shape, questions deduplicated in order", async () => {
    const response = await create(validBody());
    expect(response.status).toBe(201);
    expect(response.data).toMatchObject({
      title: "Algebra Screening",
      stage: "screening",
      level: 1,
      stage_display: "screening_1",
      status: "scheduled",
      concluded_at: null,
      is_active: true,
      questions: [q.hard, q.easy],
      updated_by: null,
      average_score: 0,
      created_by: { user: { id: adminId, first_name: "Ada" }, role: "admin" },
    });
  });

  it("creates a draft without scheduled_date", async () => {
    const body = { ...validBody(), scheduled_date: null, level: 3, stage: "final" };
    const response = await create(body);
    expect(response.status).toBe(201);
    expect(response.data).toMatchObject({ status: "draft", stage_display: "final_3" });
    const omitted = await create({ ...validBody(), scheduled_date: undefined });
    expect(omitted.data.status).toBe("draft");
  });

  it("allows a countdown longer than the window (the window cuts attempts short)", async () => {
    const response = await create({
      ...validBody(),
      countdown_minutes: 600,
      open_duration_hours: 1,
    });
    expect(response.status).toBe(201);
    expect(response.data).toMatchObject({ countdown_minutes: 600, open_duration_hours: 1 });
  });

  it("takes a scheduled_date in the past: the exam opens at once, or is concluded at once", async () => {
    const opened = await create({
      ...validBody(),
      scheduled_date: new Date(now.getTime() - 60_000).toISOString(),
    });
    expect(opened.status).toBe(201);
    expect(opened.data).toMatchObject({ status: "ongoing", concluded_at: null });
    // An exam held on paper, recorded afterwards: its whole window has passed.
    const onPaper = await create({
      ...validBody(),
      scheduled_date: new Date(now.getTime() - hours(30)).toISOString(),
      open_duration_hours: 3,
    });
    expect(onPaper.status).toBe(201);
    expect(onPaper.data).toMatchObject({
      status: "concluded",
      concluded_at: new Date(now.getTime() - hours(27)).toISOString(),
    });
  });

  it("refuses unknown and archived question ids, naming them", async () => {
    const response = await create({ ...validBody(), questions: [q.easy, q.archived, 999999] });
    expect(response.status).toBe(400);
    expect(response.data.errors.questions[0]).toContain(`${q.archived}, 999999`);
  });

  it.each([
    ["title", ""],
    ["title", "x".repeat(201)],
    ["stage", "semi"],
    ["level", 0],
    ["level", 1001],
    ["level", 2.5],
    ["countdown_minutes", 0],
    ["countdown_minutes", 601],
    ["open_duration_hours", 0],
    ["open_duration_hours", 721],
    ["scheduled_date", "tomorrow"],
    ["scheduled_date", "10000-01-01T00:00:00Z"],
    ["questions", ["1"]],
  ])("refuses %s = %j", async (field, value) => {
    const response = await create({ ...validBody(), [field]: value });
    expect(response.status).toBe(400);
    const keys = Object.keys(response.data.errors as object);
    expect(keys.some((key) => key.split(".")[0] === field)).toBe(true);
  });
});

describe("computed status", () => {
  it("is draft, scheduled, ongoing, concluded or cancelled by the clock", async () => {
    const body = { ...validBody(), scheduled_date: null };
    const draft = (await create(body)).data.id as number;
    const timed = (await create({ ...validBody(), open_duration_hours: 2 })).data.id as number;
    const cancelled = (await create({ ...validBody(), is_active: false })).data.id as number;
    expect((await detail(draft)).data.status).toBe("draft");
    expect((await detail(timed)).data.status).toBe("scheduled");
    expect((await detail(cancelled)).data.status).toBe("cancelled");
    const start = now.getTime() + hours(48);
    await travel(start + hours(1) - now.getTime());
    expect((await detail(timed)).data).toMatchObject({ status: "ongoing", concluded_at: null });
    await travel(hours(1));
    expect((await detail(timed)).data).toMatchObject({
      status: "concluded",
      concluded_at: new Date(start + hours(2)).toISOString(),
    });
  });
});

describe("GET /exams/", () => {
  it("filters, orders drafts last, counts non-archived questions and the bank's pool", async () => {
    const base = new Date("2030-01-01T00:00:00Z").getTime();
    const early = await createExamRow(
      database.db,
      { title: "Early league", stage: "league", scheduledDate: new Date(base) },
      [q.easy, q.archived],
    );
    const late = await createExamRow(database.db, {
      title: "Late league",
      stage: "league",
      scheduledDate: new Date(base + hours(24 * 10)),
      isActive: false,
    });
    const draft = await createExamRow(database.db, { title: "Draft league", stage: "league" });
    const all = await list("?stage=league");
    expect(all.status).toBe(200);
    expect(all.data.results.map((row: { id: number }) => row.id)).toEqual([
      late.id,
      early.id,
      draft.id,
    ]);
    expect(all.data.results[1]).toMatchObject({ question_count: 1, stage_display: "league_1" });
    expect(all.data.question_pool_data).toEqual({
      total_questions: 3,
      hard_questions_count: 1,
      moderate_questions_count: 1,
      easy_questions_count: 1,
    });
    const inactive = await list("?stage=league&active=false");
    expect(inactive.data.results.map((row: { id: number }) => row.id)).toEqual([late.id]);
    const from = await list("?stage=league&date_from=2030-01-02");
    expect(from.data.results.map((row: { id: number }) => row.id)).toEqual([late.id]);
    const to = await list("?stage=league&date_to=2030-01-01");
    expect(to.data.results.map((row: { id: number }) => row.id)).toEqual([early.id]);
    const toTime = await list("?stage=league&date_to=2029-12-31T23:59:59Z");
    expect(toTime.data.results).toEqual([]);
    expect((await list("?date_from=yesterday")).status).toBe(400);
    expect((await list("?date_from=2030-02-30")).status).toBe(400);
    expect((await list("?date_to=0000-01-01")).status).toBe(400);
    expect((await list("?active=maybe")).status).toBe(400);
    const paged = await list("?stage=league&page_size=2&page=2");
    expect(paged.data.results.map((row: { id: number }) => row.id)).toEqual([draft.id]);
    expect((await list("?stage=league&page_size=2&page=3")).status).toBe(404);
  });
});

describe("GET /exams/{id}/", () => {
  it("paginates the questions (10 a page) with this exam's pool, skipping archived", async () => {
    const extra = [];
    for (let index = 0; index < 11; index += 1) {
      extra.push((await createQuestion(database.db, { difficulty: "moderate" })).id);
    }
    const exam = await createExamRow(database.db, {}, [q.hard, q.archived, ...extra]);
    const first = await detail(exam.id);
    expect(first.status).toBe(200);
    expect(first.data.questions.results).toHaveLength(10);
    expect(first.data.questions.results[0]).toMatchObject({
      id: q.hard,
      correct_answer: "B",
      difficulty: "hard",
    });
    expect(first.data.questions.pagination).toMatchObject({ count: 12, total_pages: 2 });
    expect(first.data.questions.question_pool_data).toEqual({
      total_questions: 12,
      hard_questions_count: 1,
      moderate_questions_count: 11,
      easy_questions_count: 0,
    });
    const second = await detail(exam.id, "?page=2");
    expect(second.data.questions.results.map((row: { id: number }) => row.id)).toEqual(
      extra.slice(9),
    );
  });

  it("is a 404 for unknown, malformed and deleted ids", async () => {
    expect((await detail(2147483000)).status).toBe(404);
    expect((await detail("abc")).status).toBe(404);
    const gone = await createExamRow(database.db, { deletedAt: new Date() });
    expect((await detail(gone.id)).status).toBe(404);
  });

  it("reports the mean score rounded to 2 decimals", async () => {
    const exam = await createExamRow(database.db);
    for (const score of [70, 80.5, 90]) {
      const candidate = await createUser(database.db, { userType: "candidate" });
      await database.db.insert(examScores).values({
        examId: exam.id,
        candidateId: candidate.id,
        score,
        autoScore: true,
        recordedAt: new Date(),
        updatedAt: new Date(),
      });
    }
    expect((await detail(exam.id)).data.average_score).toBe(80.17);
  });
});

describe("PUT/PATCH /exams/{id}/", () => {
  it("patches any field and records updated_by", async () => {
    const id = (await create(validBody())).data.id as number;
    const response = await update("PATCH", id, { description: "New.", questions: [q.moderate] });
    expect(response.status).toBe(200);
    expect(response.data).toMatchObject({
      description: "New.",
      title: "Algebra Screening",
      updated_by: { user: { id: adminId } },
    });
    expect(response.data.questions.results.map((row: { id: number }) => row.id)).toEqual([
      q.moderate,
    ]);
  });

  it("replaces every field with PUT", async () => {
    const id = (await create(validBody())).data.id as number;
    const response = await update("PUT", id, {
      title: "Replaced",
      stage: "league",
      countdown_minutes: 30,
      open_duration_hours: 12,
    });
    expect(response.status).toBe(200);
    expect(response.data).toMatchObject({
      title: "Replaced",
      stage: "league",
      description: "",
      scheduled_date: null,
      status: "draft",
    });
    expect((await update("PUT", id, { title: "Only title" })).status).toBe(400);
    expect((await update("PATCH", id, { level: 1001 })).status).toBe(400);
    expect((await update("PATCH", id, { level: 37 })).data.stage_display).toBe("league_37");
  });

  it("moves an exam that has not opened into the past: it opens at once", async () => {
    const id = (await create(validBody())).data.id as number;
    const past = new Date(now.getTime() - hours(1)).toISOString();
    const response = await update("PATCH", id, { scheduled_date: past });
    expect(response.status).toBe(200);
    expect(response.data).toMatchObject({ scheduled_date: past, status: "ongoing" });
  });

  it("freezes schedule, countdown, stage, level and questions once ongoing (409), not the title", async () => {
    const body = validBody();
    const id = (await create(body)).data.id as number;
    await travel(hours(49));
    const later = new Date(now.getTime() + hours(5)).toISOString();
    for (const [change, field] of [
      [{ scheduled_date: later }, "scheduled_date"],
      [{ countdown_minutes: 90 }, "countdown_minutes"],
      [{ stage: "league" }, "stage"],
      [{ level: 2 }, "level"],
      [{ questions: [q.easy] }, "questions"],
    ] as const) {
      const response = await update("PATCH", id, change);
      expect(response.status).toBe(409);
      expect(response.data.code).toBe("exam_in_progress");
      expect(Object.keys(response.data.errors)).toEqual([field]);
    }
    // Sending the current values is no change.
    const renamed = await update("PATCH", id, {
      title: "Renamed",
      countdown_minutes: 60,
      stage: "screening",
      level: 1,
    });
    expect(renamed.status).toBe(200);
    const cancelled = await update("PATCH", id, { is_active: false });
    expect(cancelled.data.status).toBe("cancelled");
    const stillFrozen = await update("PATCH", id, { countdown_minutes: 90 });
    expect(stillFrozen.data.code).toBe("exam_in_progress");
  });
});

describe("DELETE /exams/{id}/", () => {
  it("soft deletes: the exam disappears from the list and detail", async () => {
    const id = (await create(validBody())).data.id as number;
    expect((await remove(id)).status).toBe(204);
    expect((await detail(id)).status).toBe(404);
    const [row] = await database.db.select().from(exams).where(eq(exams.id, id));
    expect(row!.deletedAt).not.toBeNull();
    const listed = await list("?page_size=100");
    expect(listed.data.results.some((item: { id: number }) => item.id === id)).toBe(false);
    expect((await remove(id)).status).toBe(404);
  });

  it("is refused while the exam is open", async () => {
    const id = (await create(validBody())).data.id as number;
    await travel(hours(49));
    const response = await remove(id);
    expect(response.status).toBe(409);
    expect(response.data.code).toBe("exam_in_progress");
  });
});

describe("POST /exams/{id}/duplicate/", () => {
  it("copies settings and questions as a draft", async () => {
    const source = (await create({ ...validBody(), level: 2 })).data;
    const response = await call(duplicateRoute.POST, {
      method: "POST",
      path: `/api/v1/exams/${source.id}/duplicate/`,
      params: { id: String(source.id) },
      headers: as.admin!,
    });
    expect(response.status).toBe(201);
    expect(response.data).toMatchObject({
      title: "Algebra Screening (copy)",
      level: 2,
      countdown_minutes: 60,
      scheduled_date: null,
      status: "draft",
      questions: source.questions,
    });
    expect(response.data.id).not.toBe(source.id);
  });
});
