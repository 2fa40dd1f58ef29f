// GET /exams/{id}/questions/, GET /exams/{id}/results/ and PUT /exams/{id}/submit-exam-score/.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as questionsRoute from "@/app/api/v1/exams/[id]/questions/route";
import * as resultsRoute from "@/app/api/v1/exams/[id]/results/route";
import * as scoreRoute from "@/app/api/v1/exams/[id]/submit-exam-score/route";
import { examScores } from "@/db/schema";
import type { TestDatabase } from "../support/database";
import { authHeaders, createUser, useDatabaseWithKey } from "../support/factories";
import { call } from "../support/http";
import { createExamRow, createQuestion } from "./support";

let database: TestDatabase;
let apiKey: string;
const as: Record<string, Record<string, string>> = {};
let adminId: string;

useDatabaseWithKey((setup) => ({ database, apiKey } = setup));
beforeAll(async () => {
  const admin = await createUser(database.db, {
    role: "admin",
    firstName: "Grace",
    lastName: "Hopper",
  });
  adminId = admin.id;
  as.admin = await authHeaders(database.db, admin.id, apiKey);
  const moderator = await createUser(database.db, { role: "moderator" });
  as.moderator = await authHeaders(database.db, moderator.id, apiKey);
  const unverified = await createUser(database.db, { role: "admin", isUserVerified: false });
  as.unverified = await authHeaders(database.db, unverified.id, apiKey);
  const candidate = await createUser(database.db, { userType: "candidate" });
  as.candidate = await authHeaders(database.db, candidate.id, apiKey);
});

const get = (route: typeof questionsRoute | typeof resultsRoute, id: number, headers = as.admin!) =>
  call(route.GET, {
    path: `/api/v1/exams/${id}/${route === questionsRoute ? "questions" : "results"}/`,
    params: { id: String(id) },
    headers,
  });
const submitScore = (id: number, json: unknown, headers = as.admin!) =>
  call(scoreRoute.PUT, {
    method: "PUT",
    path: `/api/v1/exams/${id}/submit-exam-score/`,
    params: { id: String(id) },
    headers,
    json,
  });

describe("GET /exams/{id}/questions/", () => {
  it("lists non-archived questions by position with answers and authors", async () => {
    const author = await createUser(database.db, { role: "moderator", occupation: "Teacher" });
    const first = await createQuestion(database.db, { createdById: author.id, correctAnswer: "C" });
    const archived = await createQuestion(database.db, { isArchived: true });
    const second = await createQuestion(database.db);
    const exam = await createExamRow(database.db, {}, [second.id, archived.id, first.id]);
    const response = await get(questionsRoute, exam.id);
    expect(response.status).toBe(200);
    expect(response.data.map((row: { id: number }) => row.id)).toEqual([second.id, first.id]);
    expect(response.data[1]).toMatchObject({
      correct_answer: "C",
      created_by: { user: { id: author.id }, occupation: "Teacher", role: "moderator" },
    });
    expect(response.data[0].created_by).toBeNull();
    expect((await get(questionsRoute, exam.id, as.moderator)).status).toBe(403);
    expect((await get(questionsRoute, 2147483000)).status).toBe(404);
  });
});

describe("GET /exams/{id}/results/", () => {
  it("orders by score and names who submitted each one", async () => {
    const exam = await createExamRow(database.db);
    const low = await createUser(database.db, {
      userType: "candidate",
      firstName: "Low",
      lastName: "Scorer",
      school: "Unity School",
    });
    const high = await createUser(database.db, {
      userType: "candidate",
      firstName: "High",
      lastName: "Scorer",
    });
    const recordedAt = new Date("2030-01-20T15:30:00Z");
    await database.db.insert(examScores).values([
      {
        examId: exam.id,
        candidateId: low.id,
        score: 55.5,
        autoScore: true,
        recordedAt,
        updatedAt: recordedAt,
      },
      {
        examId: exam.id,
        candidateId: high.id,
        score: 88,
        autoScore: false,
        submittedById: adminId,
        recordedAt,
        updatedAt: recordedAt,
      },
    ]);
    const response = await get(resultsRoute, exam.id);
    expect(response.status).toBe(200);
    expect(response.data).toEqual([
      {
        candidate_name: "High Scorer",
        candidate_school: null,
        score: 88,
        auto_score: false,
        score_submitted_by: "Grace Hopper",
        recorded_at: "2030-01-20T15:30:00.000Z",
      },
      {
        candidate_name: "Low Scorer",
        candidate_school: "Unity School",
        score: 55.5,
        auto_score: true,
        score_submitted_by: "Auto Score",
        recorded_at: "2030-01-20T15:30:00.000Z",
      },
    ]);
    expect((await get(resultsRoute, exam.id, as.candidate)).status).toBe(403);
  });
});

describe("PUT /exams/{id}/submit-exam-score/", () => {
  it("submits, then updates, a manual score", async () => {
    const exam = await createExamRow(database.db, { title: "Algebra Screening Exam" });
    const candidate = await createUser(database.db, {
      userType: "candidate",
      firstName: "John",
      lastName: "Doe",
    });
    const first = await submitScore(exam.id, { candidate_id: candidate.id, score: 95.456 });
    expect(first.status).toBe(200);
    expect(first.data).toEqual({
      message: "Score submitted.",
      data: { candidate: "John Doe", exam: "Algebra Screening Exam", score: 95.46 },
    });
    const second = await submitScore(exam.id, { candidate_id: candidate.id, score: 70 });
    expect(second.data.message).toBe("Score updated.");
    const rows = await database.db
      .select()
      .from(examScores)
      .where(and(eq(examScores.examId, exam.id), eq(examScores.candidateId, candidate.id)));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ score: 70, autoScore: false, submittedById: adminId });
    expect(rows[0]!.updatedAt.getTime()).toBeGreaterThanOrEqual(rows[0]!.recordedAt.getTime());
  });

  it("accepts 0 to 100 only, for an existing candidate", async () => {
    const exam = await createExamRow(database.db);
    const candidate = await createUser(database.db, { userType: "candidate" });
    for (const score of [-1, 100.01, "90"]) {
      const response = await submitScore(exam.id, { candidate_id: candidate.id, score });
      expect(response.status).toBe(400);
      expect(response.data.errors.score).toBeDefined();
    }
    expect((await submitScore(exam.id, { candidate_id: candidate.id, score: 100 })).status).toBe(
      200,
    );
    const staff = await createUser(database.db, { role: "volunteer" });
    expect((await submitScore(exam.id, { candidate_id: staff.id, score: 50 })).status).toBe(404);
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect((await submitScore(exam.id, { candidate_id: unknown, score: 50 })).status).toBe(404);
    expect((await submitScore(2147483000, { candidate_id: candidate.id, score: 50 })).status).toBe(
      404,
    );
  });

  it("is for admins and up", async () => {
    const exam = await createExamRow(database.db);
    const candidate = await createUser(database.db, { userType: "candidate" });
    const body = { candidate_id: candidate.id, score: 50 };
    expect((await submitScore(exam.id, body, as.moderator)).data.code).toBe("permission_denied");
    expect((await submitScore(exam.id, body, as.unverified)).data.code).toBe("unverified_staff");
    expect((await submitScore(exam.id, body, as.candidate)).status).toBe(403);
  });
});
