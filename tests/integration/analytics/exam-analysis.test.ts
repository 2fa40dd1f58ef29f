// GET /analytics/exams/{id}/ on the hand-computed example of lib/analytics/statistics.test.ts
// (five candidates, three questions), computed in SQL over the stored answers; an exam with no
// attempts, one attempt, or answers all alike answers nulls with reasons; archived questions are
// left out; a deleted exam is a 404; who may ask.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as analysisRoute from "@/app/api/v1/analytics/exams/[id]/route";
import { exams, questions, users } from "@/db/schema";
import {
  at,
  examWithQuestions,
  putAnswer,
  submitAttempt,
  useAttemptsSuite,
} from "../attempts/support";
import { takeOnPattern } from "./support";
import { createKey } from "../support/factories";
import { call } from "../support/http";

const suite = useAttemptsSuite();

async function adminHeaders() {
  const admin = await suite.candidate({ userType: "staff", role: "admin" });
  return suite.headersFor(admin.id);
}

const analyse = async (examId: number, headers: Record<string, string>) =>
  call(analysisRoute.GET, { params: { id: String(examId) }, headers });

describe("exam analysis", () => {
  it("computes the hand-computed example from stored answers", async () => {
    // Keys: A, B, C (examWithQuestions). Rows: who is right on q1, q2, q3.
    const { exam, questions: qs } = await examWithQuestions(suite.db, 4);
    const pattern = [
      [1, 1, 1],
      [1, 1, 0],
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 0],
    ];
    await takeOnPattern(suite, exam.id, qs, pattern);
    // The fourth question (nobody answered it) is archived: it leaves the analysis, as it leaves
    // the score's denominator.
    await suite.db.update(questions).set({ isArchived: true }).where(eq(questions.id, qs[3]!.id));

    const response = await analyse(exam.id, await adminHeaders());
    expect(response.status, response.text).toBe(200);
    const body = response.data;
    expect(body.completion).toMatchObject({ started: 5, submitted: 5, automatic_submissions: 0 });
    expect(body.reliability.question_count).toBe(3);
    expect(body.questions.map((q: { question_id: number }) => q.question_id)).toEqual(
      qs.slice(0, 3).map((q) => q.id),
    );
    expect(body.reliability.kr20.value).toBeCloseTo(0.576923, 5);
    const [q1, q2, q3] = body.questions;
    expect(q1.facility.value).toBeCloseTo(0.6, 10);
    expect(q1.discrimination.value).toBeCloseTo(0.327327, 5);
    expect(q2.discrimination.value).toBeCloseTo(0.327327, 5);
    expect(q3.facility.value).toBeCloseTo(0.2, 10);
    expect(q3.discrimination.value).toBeCloseTo(0.534522, 5);
    // Top 27 % of 5 is one candidate (all right), bottom one (all wrong).
    expect(q3.discrimination_index.value).toBe(1);
    // Wrong answers went to D: B and C (for q1) were chosen by nobody.
    expect(q1.options.A).toEqual({ count: 3, share: 0.6 });
    expect(q1.options.D).toEqual({ count: 2, share: 0.4 });
    expect(q1.flags).toContain("unused_distractor");
    expect(q1.no_answer.count).toBe(0);
    expect(JSON.stringify(body)).not.toMatch(/NaN|Infinity/);
  });

  it("answers an exam without attempts with nulls and reasons", async () => {
    const { exam } = await examWithQuestions(suite.db, 2);
    const response = await analyse(exam.id, await adminHeaders());
    expect(response.status).toBe(200);
    expect(response.data.reliability.kr20).toEqual({
      value: null,
      reason: "Needs at least two candidates.",
    });
    expect(response.data.scores.mean.value).toBeNull();
    expect(response.data.questions).toHaveLength(2);
    expect(response.data.questions[0].facility.reason).toBe("No attempts yet.");
    expect(response.data.questions[0].flags).toEqual([]);
  });

  it("answers one attempt with the statistics that exist and reasons for the rest", async () => {
    const { exam, questions: qs } = await examWithQuestions(suite.db, 2);
    const { user, headers } = await suite.startedCandidate(exam.id);
    await putAnswer(exam.id, qs[0]!.id, headers, { selected_option: "A", seq: 1 });
    expect((await submitAttempt(exam.id, headers)).status).toBe(201);
    // The only taker has since been promoted: still counted as eligible for the exam they took.
    await suite.db.update(users).set({ role: "league" }).where(eq(users.id, user.id));

    const response = await analyse(exam.id, await adminHeaders());
    expect(response.status).toBe(200);
    const body = response.data;
    expect(JSON.stringify(body)).not.toMatch(/NaN|Infinity/);
    expect(body.completion).toMatchObject({ started: 1, submitted: 1 });
    expect(body.completion.eligible).toBeGreaterThanOrEqual(1);
    expect(body.reliability.kr20).toEqual({
      value: null,
      reason: "Needs at least two candidates.",
    });
    const [answered, blank] = body.questions;
    expect(answered.facility).toEqual({ value: 1, reason: null });
    expect(answered.discrimination).toEqual({
      value: null,
      reason: "Needs at least two candidates.",
    });
    expect(answered.discrimination_index.value).toBeNull();
    expect(blank.no_answer).toEqual({ count: 1, share: 1 });
    expect(blank.facility).toEqual({ value: 0, reason: null });
  });

  it("answers an exam where everyone chose alike with reasons, not a division by zero", async () => {
    const { exam, questions: qs } = await examWithQuestions(suite.db, 2);
    for (let i = 0; i < 3; i += 1) {
      const { headers } = await suite.startedCandidate(exam.id);
      for (const question of qs) {
        await putAnswer(exam.id, question.id, headers, { selected_option: "A", seq: 1 });
      }
      expect((await submitAttempt(exam.id, headers)).status).toBe(201);
    }
    const response = await analyse(exam.id, await adminHeaders());
    expect(response.status).toBe(200);
    const body = response.data;
    expect(JSON.stringify(body)).not.toMatch(/NaN|Infinity/);
    expect(body.reliability.kr20).toEqual({
      value: null,
      reason: "Every candidate has the same total score.",
    });
    const [everyoneRight, nobodyRight] = body.questions;
    expect(everyoneRight.facility.value).toBe(1);
    expect(everyoneRight.discrimination).toEqual({
      value: null,
      reason: "Everyone answered this question alike.",
    });
    expect(everyoneRight.flags).toEqual(["too_easy", "unused_distractor"]);
    expect(nobodyRight.facility.value).toBe(0);
    expect(nobodyRight.flags).toContain("too_hard");
    expect(nobodyRight.options.A).toEqual({ count: 3, share: 1 });
  });

  it("is a 404 for a deleted exam", async () => {
    const { exam } = await examWithQuestions(suite.db, 1);
    await suite.db.update(exams).set({ deletedAt: at() }).where(eq(exams.id, exam.id));
    const response = await analyse(exam.id, await adminHeaders());
    expect(response.status).toBe(404);
    expect(response.data.code).toBeTruthy();
  });

  it("is for admins and results:read keys; candidates, moderators and other keys are refused", async () => {
    const { exam } = await examWithQuestions(suite.db, 1);
    const moderator = await suite.candidate({ userType: "staff", role: "moderator" });
    const candidate = await suite.candidate();
    expect((await analyse(exam.id, await suite.headersFor(moderator.id))).status).toBe(403);
    expect((await analyse(exam.id, await suite.headersFor(candidate.id))).status).toBe(403);
    const reader = await createKey(suite.db, ["results:read"]);
    expect((await analyse(exam.id, { "x-api-key": reader.key })).status).toBe(200);
    const other = await createKey(suite.db, ["assessments:read"]);
    expect((await analyse(exam.id, { "x-api-key": other.key })).status).toBe(403);
    expect((await analyse(999999, await adminHeaders())).status).toBe(404);
  });
});
