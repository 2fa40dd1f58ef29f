// GET /candidates/{id}/, /scores/, /exam-history/: who may read a candidate's records, the 404s,
// the performance stats, the exams taken with the submitted answers, and the available exams.
import { beforeAll, describe, expect, it } from "vitest";
import * as historyRoute from "@/app/api/v1/candidates/[id]/exam-history/route";
import * as detailRoute from "@/app/api/v1/candidates/[id]/route";
import * as scoresRoute from "@/app/api/v1/candidates/[id]/scores/route";
import { attemptAnswers, examAttempts, examScores } from "@/db/schema";
import { systemActor, systemClock } from "@/lib/context";
import { scoreAttempt } from "@/lib/scoring/score-attempt";
import { createExamRow, createQuestion, hours } from "../exams/support";
import type { TestDatabase } from "../support/database";
import { authHeaders, createUser, useDatabaseWithKey } from "../support/factories";
import { call } from "../support/http";

let database: TestDatabase;
let apiKey: string;
const as: Record<string, Record<string, string>> = {};
let candidateId = "";
let staffId = "";
const ids: Record<string, number> = {};

useDatabaseWithKey((setup) => ({ database, apiKey } = setup));
beforeAll(async () => {
  const db = database.db;
  const admin = await createUser(db, { role: "admin", firstName: "Anne", lastName: "Bradshaw" });
  staffId = admin.id;
  as.admin = await authHeaders(db, admin.id, apiKey);
  const moderator = await createUser(db, { role: "moderator" });
  as.moderator = await authHeaders(db, moderator.id, apiKey);
  const unverified = await createUser(db, { role: "admin", isUserVerified: false });
  as.unverified = await authHeaders(db, unverified.id, apiKey);
  const candidate = await createUser(db, {
    userType: "candidate",
    role: "league",
    firstName: "Robert",
    lastName: "Parker",
    school: "Porter High",
  });
  candidateId = candidate.id;
  as.candidate = await authHeaders(db, candidate.id, apiKey);

  const now = Date.now();
  const q1 = await createQuestion(db, { text: "What is 2 + 2?", correctAnswer: "B" });
  const q2 = await createQuestion(db, { text: "What is 3 + 3?", correctAnswer: "C" });
  // A concluded league exam taken and auto-scored: one of two answers right → 50.
  const taken = await createExamRow(
    db,
    { title: "League round", stage: "league", scheduledDate: new Date(now - hours(240)) },
    [q1.id, q2.id],
  );
  ids.taken = taken.id;
  const [attempt] = await db
    .insert(examAttempts)
    .values({
      examId: taken.id,
      candidateId,
      startedAt: new Date(now - hours(239)),
      deadline: new Date(now - hours(238)),
      submittedAt: new Date(now - hours(238.5)),
      submissionKind: "candidate",
    })
    .returning();
  await db.insert(attemptAnswers).values([
    {
      attemptId: attempt!.id,
      questionId: q1.id,
      selectedOption: "B",
      savedAt: new Date(now - hours(238.9)),
    },
    {
      attemptId: attempt!.id,
      questionId: q2.id,
      selectedOption: "A",
      savedAt: new Date(now - hours(238.8)),
    },
  ]);
  await scoreAttempt({
    ctx: { db, actor: systemActor, clock: systemClock },
    input: { attemptId: attempt!.id },
  });
  // An older screening exam scored by hand by the admin.
  const manual = await createExamRow(db, {
    title: "Screening round",
    stage: "screening",
    scheduledDate: new Date(now - hours(480)),
  });
  ids.manual = manual.id;
  await db.insert(examScores).values({
    examId: manual.id,
    candidateId,
    score: 41.5,
    autoScore: false,
    submittedById: admin.id,
    recordedAt: new Date(now - hours(400)),
    updatedAt: new Date(now - hours(400)),
  });

  // Available: league, active, scheduled or ongoing, not submitted.
  ids.ongoing = (
    await createExamRow(db, {
      title: "Ongoing league",
      stage: "league",
      scheduledDate: new Date(now - hours(1)),
      countdownMinutes: 20,
    })
  ).id;
  ids.upcoming = (
    await createExamRow(db, {
      title: "Upcoming league",
      stage: "league",
      scheduledDate: new Date(now + hours(2)),
    })
  ).id;
  // Not available: wrong stage, concluded, cancelled, draft, already submitted.
  await createExamRow(db, {
    title: "Ongoing screening",
    stage: "screening",
    scheduledDate: new Date(now - hours(1)),
  });
  await createExamRow(db, {
    title: "Old league",
    stage: "league",
    scheduledDate: new Date(now - hours(100)),
  });
  await createExamRow(db, {
    title: "Cancelled league",
    stage: "league",
    scheduledDate: new Date(now + hours(2)),
    isActive: false,
  });
  await createExamRow(db, { title: "Draft league", stage: "league" });
  const submitted = await createExamRow(db, {
    title: "Submitted league",
    stage: "league",
    scheduledDate: new Date(now - hours(2)),
  });
  await db.insert(examAttempts).values({
    examId: submitted.id,
    candidateId,
    startedAt: new Date(now - hours(1.5)),
    deadline: new Date(now - hours(0.5)),
    submittedAt: new Date(now - hours(1)),
    submissionKind: "candidate",
  });
});

const get = (
  route: typeof detailRoute | typeof scoresRoute | typeof historyRoute,
  id: string,
  headers: Record<string, string>,
) => {
  const suffix = route === detailRoute ? "" : route === scoresRoute ? "scores/" : "exam-history/";
  return call(route.GET, { path: `/api/v1/candidates/${id}/${suffix}`, params: { id }, headers });
};

describe("candidate records", () => {
  it("are for verified admins and above", async () => {
    for (const route of [detailRoute, scoresRoute, historyRoute]) {
      expect((await get(route, candidateId, as.admin!)).status).toBe(200);
      expect((await get(route, candidateId, as.moderator!)).status).toBe(403);
      const unverified = await get(route, candidateId, as.unverified!);
      expect(unverified.status).toBe(403);
      expect(unverified.data.code).toBe("unverified_staff");
      expect((await get(route, candidateId, as.candidate!)).status).toBe(403);
    }
  });

  it("are 404 for a staff id, an unknown id and a malformed id", async () => {
    for (const route of [detailRoute, scoresRoute, historyRoute]) {
      expect((await get(route, staffId, as.admin!)).status).toBe(404);
      expect((await get(route, crypto.randomUUID(), as.admin!)).status).toBe(404);
      expect((await get(route, "not-a-uuid", as.admin!)).status).toBe(404);
    }
  });

  it("give the profile, exact stats and the exams taken newest first", async () => {
    const { data } = await get(detailRoute, candidateId, as.admin!);
    expect(data.user).toMatchObject({ id: candidateId, first_name: "Robert", last_name: "Parker" });
    expect(data).toMatchObject({
      profile_type: "candidate",
      school: "Porter High",
      role: "league",
    });
    expect(data.records.performance.stats).toEqual({
      total_score: 91.5,
      average_score: 45.75,
      leaderboard_ranking: { current_rank: null, total_candidates: 0 },
      latest_score: { score: 50, exam_title: "League round", date: expect.any(String) },
      highest_score: 50,
      total_exams_taken: 2,
      lowest_score: 41.5,
      highest_obtainable_score: 100,
    });
    const [auto, manual] = data.records.performance.exams_taken;
    expect(auto).toMatchObject({
      exam_id: ids.taken,
      exam_title: "League round",
      exam_stage: "league",
      score: 50,
      auto_score: true,
      score_submitted_by: "Auto Score",
    });
    expect(auto.submission).toEqual([
      expect.objectContaining({
        question_text: "What is 2 + 2?",
        selected_option: "B",
        option_b: "2",
      }),
      expect.objectContaining({ question_text: "What is 3 + 3?", selected_option: "A" }),
    ]);
    expect(manual).toMatchObject({
      exam_id: ids.manual,
      score: 41.5,
      auto_score: false,
      score_submitted_by: "Anne Bradshaw",
      submission: [],
    });
  });

  it("list only the exams the candidate can still take", async () => {
    const { data } = await get(detailRoute, candidateId, as.admin!);
    expect(data.records.available_exams).toEqual([
      expect.objectContaining({
        id: ids.ongoing,
        status: "ongoing",
        stage: "league",
        countdown_minutes: 20,
      }),
      expect.objectContaining({ id: ids.upcoming, status: "scheduled" }),
    ]);
  });

  it("scores: every score newest first with the exam's question count", async () => {
    const { status, data } = await get(scoresRoute, candidateId, as.admin!);
    expect(status).toBe(200);
    expect(data).toHaveLength(2);
    expect(data[0]).toMatchObject({
      candidate: { user: { id: candidateId }, school: "Porter High", role: "league" },
      exam: { id: ids.taken, title: "League round", stage: "league", question_count: 2 },
      score: 50,
    });
    expect(data[1]).toMatchObject({ exam: { id: ids.manual, question_count: 0 }, score: 41.5 });
  });

  it("exam history: oldest first", async () => {
    const { data } = await get(historyRoute, candidateId, as.admin!);
    expect(data).toEqual([
      { exam: "Screening round", score: 41.5 },
      { exam: "League round", score: 50 },
    ]);
  });
});
