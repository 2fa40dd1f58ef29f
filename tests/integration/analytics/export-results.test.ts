// The results export parsed back: a header with one column per live question, one row per
// candidate in leaderboard order with shared ranks (1, 1, 3), each answer, a name that looks like
// a formula kept as text; the same rows as an Excel workbook, read back with exceljs; the same rows
// whatever the batch size; who may download.
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import * as exportRoute from "@/app/api/v1/exams/[id]/results/export/route";
import { eq } from "drizzle-orm";
import { examScores, users } from "@/db/schema";
import { resultsCsv } from "@/lib/analytics/export-results";
import { systemActor } from "@/lib/context";
import {
  at,
  examWithQuestions,
  putAnswer,
  submitAttempt,
  useAttemptsSuite,
} from "../attempts/support";
import { createKey } from "../support/factories";
import { call } from "../support/http";

const suite = useAttemptsSuite();

const header = [
  "rank",
  "first_name",
  "last_name",
  "email",
  "score",
  "time_used_seconds",
  "submitted_at",
  "q1",
  "q2",
];

async function examWithResults() {
  const { exam, questions } = await examWithQuestions(suite.db, 2);
  const people = [
    { firstName: "Ada", score: 90, time: 300, answers: ["A", "B"] },
    { firstName: "=HYPERLINK(1)", score: 90, time: 300, answers: ["A", ""] },
    { firstName: "Chi", score: 50, time: 100, answers: ["C", "B"] },
  ];
  for (const person of people) {
    const { user, headers, attemptId } = await suite.startedCandidate(exam.id);
    // Names are set after sign-up, as the person would edit them.
    await suite.db.update(users).set({ firstName: person.firstName }).where(eq(users.id, user.id));
    for (const [index, option] of person.answers.entries()) {
      if (!option) continue;
      await putAnswer(exam.id, questions[index]!.id, headers, { selected_option: option, seq: 1 });
    }
    expect((await submitAttempt(exam.id, headers)).status).toBe(201);
    await suite.db
      .insert(examScores)
      .values({
        examId: exam.id,
        candidateId: user.id,
        attemptId,
        score: person.score,
        autoScore: false,
        timeUsedSeconds: person.time,
        recordedAt: at(),
        updatedAt: at(),
      })
      .onConflictDoUpdate({
        target: [examScores.examId, examScores.candidateId],
        set: { score: person.score, timeUsedSeconds: person.time },
      });
  }
  return exam;
}

describe("results export", () => {
  it("streams a CSV that parses back to the leaderboard's order, ranks and answers", async () => {
    const exam = await examWithResults();
    const admin = await suite.candidate({ userType: "staff", role: "admin" });
    const response = await call(exportRoute.GET, {
      params: { id: String(exam.id) },
      headers: await suite.headersFor(admin.id),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("content-disposition")).toContain(`exam-${exam.id}-results.csv`);
    const records = parse(response.text, { columns: true }) as Record<string, string>[];
    expect(Object.keys(records[0]!)).toEqual(header);
    expect(records.map((r) => r.rank)).toEqual(["1", "1", "3"]);
    expect(records.map((r) => r.score)).toEqual(["90", "90", "50"]);
    const formula = records.find((r) => r.first_name!.includes("HYPERLINK"))!;
    expect(formula.first_name).toBe("'=HYPERLINK(1)");
    expect(formula.q2).toBe("");
    expect(records.find((r) => r.first_name === "Chi")).toMatchObject({ q1: "C", q2: "B" });
    expect(records[0]!.submitted_at).toMatch(/Z$/);
  });

  it("streams an Excel workbook that reads back to the same rows, typed", async () => {
    const exam = await examWithResults();
    const admin = await suite.candidate({ userType: "staff", role: "admin" });
    const response = await call(exportRoute.GET, {
      path: `/api/v1/exams/${exam.id}/results/export/?format=xlsx`,
      params: { id: String(exam.id) },
      headers: await suite.headersFor(admin.id),
    });
    expect(response.status, response.text).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(response.headers.get("content-disposition")).toContain(`exam-${exam.id}-results.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.bytes.buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet("Results")!;
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    // getSheetValues is 1-based: each row's first cell is empty.
    expect(rows[0]!.slice(1)).toEqual(header);
    expect(rows.slice(1).map((row) => row[1])).toEqual([1, 1, 3]);
    expect(rows.slice(1).map((row) => row[5])).toEqual([90, 90, 50]);
    // A name that looks like a formula is a plain string in a workbook: no apostrophe needed.
    const formula = rows.find((row) => String(row[2]).includes("HYPERLINK"))!;
    expect(formula[2]).toBe("=HYPERLINK(1)");
    expect(formula[9] ?? "").toBe("");
    const chi = rows.find((row) => row[2] === "Chi")!;
    expect(chi.slice(8, 10)).toEqual(["C", "B"]);
    expect(chi[6]).toBe(100);
    expect(chi[7]).toBeInstanceOf(Date);
  });

  it("refuses a format it does not make", async () => {
    const { exam } = await examWithQuestions(suite.db, 1);
    const admin = await suite.candidate({ userType: "staff", role: "admin" });
    const response = await call(exportRoute.GET, {
      path: `/api/v1/exams/${exam.id}/results/export/?format=pdf`,
      params: { id: String(exam.id) },
      headers: await suite.headersFor(admin.id),
    });
    expect(response.status).toBe(400);
    expect(response.data.code).toBe("invalid");
  });

  it("gives the same rows in batches of one", async () => {
    const exam = await examWithResults();
    const ctx = { db: suite.db, actor: systemActor, clock: { now: at } };
    const whole: string[] = [];
    for await (const chunk of resultsCsv(ctx, exam.id)) whole.push(chunk);
    const small: string[] = [];
    for await (const chunk of resultsCsv(ctx, exam.id, 1)) small.push(chunk);
    expect(small.length).toBe(4); // header + one chunk per row
    expect(small.join("")).toBe(whole.join(""));
  });

  it("is for admins and results:read keys", async () => {
    const { exam } = await examWithQuestions(suite.db, 1);
    const moderator = await suite.candidate({ userType: "staff", role: "moderator" });
    const get = (headers: Record<string, string>, id = exam.id) =>
      call(exportRoute.GET, { params: { id: String(id) }, headers });
    expect((await get(await suite.headersFor(moderator.id))).status).toBe(403);
    const reader = await createKey(suite.db, ["results:read"]);
    const empty = await get({ "x-api-key": reader.key });
    expect(empty.status).toBe(200);
    expect(parse(empty.text, { columns: true })).toEqual([]);
    const other = await createKey(suite.db, ["candidates:read"]);
    expect((await get({ "x-api-key": other.key })).status).toBe(403);
    expect((await get({ "x-api-key": reader.key }, 999999)).status).toBe(404);
  });
});
