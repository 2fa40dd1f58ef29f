// Linking questions to exams, bulk add, bulk archive: permissions, summaries and positions.
import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as questionExamsRoute from "@/app/api/v1/questions/[id]/exams/route";
import * as questionRoute from "@/app/api/v1/questions/[id]/route";
import * as bulkAddRoute from "@/app/api/v1/questions/bulk-add-to-exams/route";
import * as bulkArchiveRoute from "@/app/api/v1/questions/bulk-archive/route";
import { eventOutbox, examQuestions, exams, questions } from "@/db/schema";
import type { TestDatabase } from "../support/database";
import { authHeaders, createUser, useDatabaseWithKey } from "../support/factories";
import { call } from "../support/http";

let database: TestDatabase;
let apiKey: string;
const as: Record<string, Record<string, string>> = {};

useDatabaseWithKey((setup) => ({ database, apiKey } = setup));
beforeAll(async () => {
  for (const role of ["moderator", "admin"]) {
    const user = await createUser(database.db, { role });
    as[role] = await authHeaders(database.db, user.id, apiKey);
  }
});

let counter = 0;
async function makeQuestion(archived = false) {
  counter += 1;
  const [row] = await database.db
    .insert(questions)
    .values({
      text: `Question ${counter}`,
      optionA: "a",
      optionB: "b",
      optionC: "c",
      optionD: "d",
      correctAnswer: "A",
      difficulty: "easy",
      isArchived: archived,
      archivedAt: archived ? new Date() : null,
    })
    .returning();
  return row!.id;
}

async function makeExam(
  title: string,
  when: "draft" | "scheduled" | "ongoing" | "concluded" | "deleted" = "draft",
) {
  const hour = 3_600_000;
  const scheduledDate = {
    draft: null,
    deleted: null,
    scheduled: new Date(Date.now() + 24 * hour),
    ongoing: new Date(Date.now() - hour),
    concluded: new Date(Date.now() - 48 * hour),
  }[when];
  const [row] = await database.db
    .insert(exams)
    .values({
      title,
      stage: "screening",
      countdownMinutes: 30,
      openDurationHours: 4,
      scheduledDate,
      deletedAt: when === "deleted" ? new Date() : null,
    })
    .returning();
  return row!.id;
}

const positions = async (examId: number) =>
  database.db
    .select({ questionId: examQuestions.questionId, position: examQuestions.position })
    .from(examQuestions)
    .where(eq(examQuestions.examId, examId))
    .orderBy(asc(examQuestions.position));

const link = (headers: Record<string, string>, id: number | string, json: unknown) =>
  call(questionExamsRoute.POST, {
    method: "POST",
    path: `/api/v1/questions/${id}/exams/`,
    params: { id: String(id) },
    headers,
    json,
  });
const bulkAdd = (headers: Record<string, string>, json: unknown) =>
  call(bulkAddRoute.POST, {
    method: "POST",
    path: "/api/v1/questions/bulk-add-to-exams/",
    headers,
    json,
  });
const bulkArchive = (headers: Record<string, string>, json: unknown) =>
  call(bulkArchiveRoute.POST, {
    method: "POST",
    path: "/api/v1/questions/bulk-archive/",
    headers,
    json,
  });

describe("POST /questions/{id}/exams/", () => {
  it("is for admins: moderators get 403", async () => {
    const question = await makeQuestion();
    const exam = await makeExam("Locked");
    expect((await link(as.moderator!, question, { add_to_exams: [exam] })).status).toBe(403);
    expect(
      (await bulkAdd(as.moderator!, { question_ids: [question], exam_ids: [exam] })).status,
    ).toBe(403);
    expect((await bulkArchive(as.moderator!, { question_ids: [question] })).status).toBe(403);
    expect(await positions(exam)).toHaveLength(0);
  });

  it("adds and removes, reporting each failure with its reason", async () => {
    const question = await makeQuestion();
    const other = await makeQuestion();
    const math = await makeExam("Math Basics");
    const advanced = await makeExam("Advanced Math", "scheduled");
    const science = await makeExam("Science Quiz");
    const already = await makeExam("Already");
    const notLinked = await makeExam("Not linked");
    const running = await makeExam("Running", "ongoing");
    const finished = await makeExam("Finished", "concluded");
    const gone = await makeExam("Gone", "deleted");
    await database.db.insert(examQuestions).values([
      { examId: math, questionId: other, position: 4 },
      { examId: science, questionId: question, position: 1 },
      { examId: already, questionId: question, position: 1 },
      { examId: finished, questionId: question, position: 1 },
    ]);

    const response = await link(as.admin!, question, {
      add_to_exams: [math, advanced, already, running, gone, 999999],
      remove_from_exams: [science, notLinked, finished],
    });
    expect(response.status).toBe(200);
    expect(response.data).toEqual({
      question_id: question,
      added: [
        { exam_id: math, exam_title: "Math Basics" },
        { exam_id: advanced, exam_title: "Advanced Math" },
      ],
      removed: [{ exam_id: science, exam_title: "Science Quiz" }],
      failed_additions: [
        { exam_id: already, reason: "Already in exam" },
        { exam_id: running, reason: "Exam has started" },
        { exam_id: gone, reason: "Exam not found" },
        { exam_id: 999999, reason: "Exam not found" },
      ],
      failed_removals: [
        { exam_id: notLinked, reason: "Not in exam" },
        { exam_id: finished, reason: "Exam has started" },
      ],
    });
    expect(await positions(math)).toEqual([
      { questionId: other, position: 4 },
      { questionId: question, position: 5 },
    ]);
    expect(await positions(science)).toHaveLength(0);
    expect(await positions(finished)).toHaveLength(1);
    expect(await positions(running)).toHaveLength(0);
  });

  it("404s for archived or unknown questions and refuses bad bodies", async () => {
    const archived = await makeQuestion(true);
    const exam = await makeExam("Any");
    expect((await link(as.admin!, archived, { add_to_exams: [exam] })).status).toBe(404);
    expect((await link(as.admin!, 999999, { add_to_exams: [exam] })).status).toBe(404);
    const question = await makeQuestion();
    const both = await link(as.admin!, question, {
      add_to_exams: [exam],
      remove_from_exams: [exam],
    });
    expect(both.status).toBe(400);
    const strings = await link(as.admin!, question, { add_to_exams: ["x"] });
    expect(strings.status).toBe(400);
    const tooMany = await link(as.admin!, question, {
      add_to_exams: Array.from({ length: 501 }, (_, index) => index + 1),
    });
    expect(tooMany.status).toBe(400);
    expect(await positions(exam)).toHaveLength(0);
  });
});

describe("POST /questions/bulk-add-to-exams/", () => {
  it("adds every pair once and summarises skips and failures", async () => {
    const [q1, q2, q3] = [await makeQuestion(), await makeQuestion(), await makeQuestion()];
    const archived = await makeQuestion(true);
    const algebra1 = await makeExam("Algebra I");
    const algebra2 = await makeExam("Algebra II", "scheduled");
    const started = await makeExam("Started", "ongoing");
    await database.db
      .insert(examQuestions)
      .values({ examId: algebra1, questionId: q2, position: 1 });

    const response = await bulkAdd(as.admin!, {
      question_ids: [q1, q2, q3, archived, 999999, q1],
      exam_ids: [algebra1, algebra2, started, 888888],
    });
    expect(response.status).toBe(200);
    const { summary, details } = response.data;
    expect(summary).toEqual({ total_operations: 20, successful: 5, skipped: 1, failed: 14 });
    expect(details.skipped).toEqual([
      { question_id: q2, exam_id: algebra1, exam_title: "Algebra I", reason: "Already exists" },
    ]);
    expect(details.added).toHaveLength(5);
    expect(details.added).toContainEqual({
      question_id: q1,
      exam_id: algebra2,
      exam_title: "Algebra II",
    });
    expect(details.failed_questions).toEqual([
      { question_id: archived, reason: "Question not found or archived" },
      { question_id: 999999, reason: "Question not found or archived" },
    ]);
    expect(details.failed_exams).toEqual([
      { exam_id: started, reason: "Exam has started" },
      { exam_id: 888888, reason: "Exam not found" },
    ]);
    expect(await positions(algebra1)).toEqual([
      { questionId: q2, position: 1 },
      { questionId: q1, position: 2 },
      { questionId: q3, position: 3 },
    ]);
    expect((await positions(algebra2)).map((row) => row.position)).toEqual([1, 2, 3]);
    expect(await positions(started)).toHaveLength(0);

    const again = await bulkAdd(as.admin!, { question_ids: [q1], exam_ids: [algebra1] });
    expect(again.data.summary).toEqual({
      total_operations: 1,
      successful: 0,
      skipped: 1,
      failed: 0,
    });
  });

  it("refuses empty and oversized lists", async () => {
    expect((await bulkAdd(as.admin!, { question_ids: [], exam_ids: [1] })).status).toBe(400);
    const big = Array.from({ length: 501 }, (_, index) => index + 1);
    expect((await bulkAdd(as.admin!, { question_ids: big, exam_ids: [1] })).status).toBe(400);
  });
});

describe("POST /questions/bulk-archive/", () => {
  it("archives the live ones and reports the rest", async () => {
    const [q1, q2] = [await makeQuestion(), await makeQuestion()];
    const archived = await makeQuestion(true);
    const response = await bulkArchive(as.admin!, { question_ids: [q1, q2, archived, 999999, q1] });
    expect(response.status).toBe(200);
    expect(response.data).toEqual({
      summary: { total_questions: 4, successful_archives: 2, failed_archives: 2 },
      details: {
        archived: [q1, q2],
        failed: [
          { question_id: archived, reason: "Question not found or already archived" },
          { question_id: 999999, reason: "Question not found or already archived" },
        ],
      },
    });
    const rows = await database.db
      .select()
      .from(questions)
      .where(and(eq(questions.isArchived, true), eq(questions.id, q2)));
    expect(rows[0]!.archivedAt).toBeInstanceOf(Date);
    expect((await bulkArchive(as.admin!, { question_ids: [] })).status).toBe(400);
  });
});

describe("archiving a question that sits in an exam", () => {
  const rescoreEvents = async () =>
    (
      await database.db
        .select()
        .from(eventOutbox)
        .where(eq(eventOutbox.name, "question/answer.corrected"))
    ).map((row) => (row.data as { questionId: number }).questionId);

  it("publishes the rescoring event for linked questions only", async () => {
    const exam = await makeExam("Rescored", "concluded");
    const [linkedOne, linkedTwo, loose, deleted] = [
      await makeQuestion(),
      await makeQuestion(),
      await makeQuestion(),
      await makeQuestion(),
    ];
    await database.db.insert(examQuestions).values([
      { examId: exam, questionId: linkedOne, position: 1 },
      { examId: exam, questionId: linkedTwo, position: 2 },
      { examId: exam, questionId: deleted, position: 3 },
    ]);
    const response = await bulkArchive(as.admin!, { question_ids: [linkedOne, linkedTwo, loose] });
    expect(response.data.summary.successful_archives).toBe(3);
    const events = await rescoreEvents();
    expect(events).toContain(linkedOne);
    expect(events).toContain(linkedTwo);
    expect(events).not.toContain(loose);
    expect(events).not.toContain(deleted);
    const single = await call(questionRoute.DELETE, {
      method: "DELETE",
      path: `/api/v1/questions/${deleted}/`,
      params: { id: String(deleted) },
      headers: as.moderator!,
    });
    expect(single.status).toBe(204);
    expect(await rescoreEvents()).toContain(deleted);
  });
});
