// The question analysis as CSV, parsed back: one row per live question in the exam's order with
// facility, discrimination, option counts and flags; a question that looks like a formula kept as
// text; empty cells with the reason where a statistic does not exist; who may download.
import { parse } from "csv-parse/sync";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as exportRoute from "@/app/api/v1/analytics/exams/[id]/questions/export/route";
import { questions } from "@/db/schema";
import { examWithQuestions, useAttemptsSuite } from "../attempts/support";
import { takeOnPattern } from "./support";
import { createKey } from "../support/factories";
import { call } from "../support/http";

const suite = useAttemptsSuite();

const download = (examId: number, headers: Record<string, string>) =>
  call(exportRoute.GET, { params: { id: String(examId) }, headers });

async function adminHeaders() {
  const admin = await suite.candidate({ userType: "staff", role: "admin" });
  return suite.headersFor(admin.id);
}

describe("question analysis export", () => {
  it("has a row per question with its statistics, parsed back", async () => {
    // Keys A, B, C. Five candidates on the hand-computed pattern (wrong answers are D).
    const { exam, questions: qs } = await examWithQuestions(suite.db, 3);
    await suite.db
      .update(questions)
      .set({ text: "=SUM(A1:A9)" })
      .where(eq(questions.id, qs[2]!.id));
    const pattern = [
      [1, 1, 1],
      [1, 1, 0],
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 0],
    ];
    await takeOnPattern(suite, exam.id, qs, pattern);

    const response = await download(exam.id, await adminHeaders());
    expect(response.status, response.text).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="exam-${exam.id}-question-analysis.csv"`,
    );
    const rows = parse(response.text, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.question_id)).toEqual(qs.map((q) => String(q.id)));
    expect(rows[0]).toMatchObject({
      position: "1",
      key: "A",
      attempts: "5",
      facility: "0.6",
      discrimination: "0.3273",
      A: "3",
      B: "0",
      C: "0",
      D: "2",
      no_answer: "0",
      flags: "unused_distractor",
      notes: "",
    });
    expect(rows[2]).toMatchObject({
      question: "'=SUM(A1:A9)",
      facility: "0.2",
      discrimination: "0.5345",
    });
  });

  it("leaves statistics that do not exist empty, with the reason", async () => {
    const { exam } = await examWithQuestions(suite.db, 1);
    const response = await download(exam.id, await adminHeaders());
    const [row] = parse(response.text, { columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({ attempts: "0", facility: "", discrimination: "", flags: "" });
    expect(row!.notes).toBe("No attempts yet. Needs at least two candidates.");
  });

  it("is for admins and results:read keys", async () => {
    const { exam } = await examWithQuestions(suite.db, 1);
    const candidate = await suite.candidate();
    expect((await download(exam.id, await suite.headersFor(candidate.id))).status).toBe(403);
    const reader = await createKey(suite.db, ["results:read"]);
    expect((await download(exam.id, { "x-api-key": reader.key })).status).toBe(200);
    const other = await createKey(suite.db, ["candidates:read"]);
    expect((await download(exam.id, { "x-api-key": other.key })).status).toBe(403);
    expect((await download(987654, await adminHeaders())).status).toBe(404);
  });
});
