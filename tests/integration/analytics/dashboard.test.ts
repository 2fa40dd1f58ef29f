// GET /analytics/dashboard/: an empty competition answers zeros and nulls with reasons; with a
// screening exam of four candidates (one promoted to league, one who never submitted) and a final
// with nobody: activity on today, completion, scores per stage, pass-through, and the exam's
// KR-20 (the hand-computed example's pattern); who may ask.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as dashboardRoute from "@/app/api/v1/analytics/dashboard/route";
import { examScores, users } from "@/db/schema";
import { lastDays } from "@/lib/analytics/get-analytics-dashboard";
import { at, examWithQuestions, useAttemptsSuite } from "../attempts/support";
import { createKey } from "../support/factories";
import { call } from "../support/http";
import { takeOnPattern } from "./support";

const suite = useAttemptsSuite();

async function admin() {
  const person = await suite.candidate({ userType: "staff", role: "admin" });
  return suite.headersFor(person.id);
}

// Tests count afresh on every call (DASHBOARD_FIGURES_SECONDS is 0 under test).
const dashboard = (headers: Record<string, string>) => call(dashboardRoute.GET, { headers });

describe("analytics dashboard", () => {
  it("lists the last 30 UTC days, oldest first, ending today", () => {
    const days = lastDays(new Date("2026-03-01T23:30:00Z"));
    expect(days).toHaveLength(30);
    expect(days[0]).toBe("2026-01-31");
    expect(days[29]).toBe("2026-03-01");
  });

  it("counts the competition: activity, completion, stages, pass-through, reliability", async () => {
    const headers = await admin();
    const empty = await dashboard(headers);
    expect(empty.status, empty.text).toBe(200);
    expect(empty.data.completion).toEqual({
      started: 0,
      submitted: 0,
      automatic_submissions: 0,
      completion_rate: { value: null, reason: "No attempts yet." },
    });
    expect(empty.data.stages[0]).toEqual({
      stage: "screening",
      exams: 0,
      scores: 0,
      mean: { value: null, reason: "No scores at this stage yet." },
      median: { value: null, reason: "No scores at this stage yet." },
    });
    expect(empty.data.pass_through[0].rate.value).toBeNull();
    expect(empty.data.lowest_reliability).toEqual([]);

    // Three submitted candidates on the pattern (1,1,1), (1,0,0), (0,0,0); a fourth only started.
    const { exam, questions } = await examWithQuestions(suite.db, 3, { title: "Screening day" });
    const pattern = [
      [1, 1, 1],
      [1, 0, 0],
      [0, 0, 0],
    ];
    const scores = [100, 60, 20];
    const takers = await takeOnPattern(suite, exam.id, questions, pattern);
    for (const [row, { user, attemptId }] of takers.entries()) {
      await suite.db
        .insert(examScores)
        .values({
          examId: exam.id,
          candidateId: user.id,
          attemptId,
          score: scores[row]!,
          autoScore: true,
          recordedAt: at(),
          updatedAt: at(),
        })
        .onConflictDoUpdate({
          target: [examScores.examId, examScores.candidateId],
          set: { score: scores[row]! },
        });
    }
    await suite.startedCandidate(exam.id);
    await suite.db.update(users).set({ role: "league" }).where(eq(users.id, takers[0]!.user.id));
    // Accounts are stamped by the database's clock; the test's day is the test clock's.
    await suite.db.update(users).set({ dateJoined: at() }).where(eq(users.userType, "candidate"));

    const response = await dashboard(headers);
    expect(response.status, response.text).toBe(200);
    const body = response.data;
    const today = at().toISOString().slice(0, 10);
    expect(body.activity).toHaveLength(30);
    expect(body.activity.at(-1)).toEqual({
      date: today,
      // The four candidates (the admin is staff: not counted).
      registrations: 4,
      attempts_started: 4,
      attempts_submitted: 3,
    });
    expect(body.completion).toEqual({
      started: 4,
      submitted: 3,
      automatic_submissions: 0,
      completion_rate: { value: 0.75, reason: null },
    });
    const screening = body.stages.find((row: { stage: string }) => row.stage === "screening");
    expect(screening).toEqual({
      stage: "screening",
      exams: 1,
      scores: 3,
      mean: { value: 60, reason: null },
      median: { value: 60, reason: null },
    });
    expect(body.pass_through).toEqual([
      {
        from: "screening",
        to: "league",
        candidates: 3,
        advanced: 1,
        rate: { value: 1 / 3, reason: null },
      },
      {
        from: "league",
        to: "final",
        candidates: 0,
        advanced: 0,
        rate: { value: null, reason: "Nobody has a score at this stage yet." },
      },
      {
        from: "final",
        to: "winner",
        candidates: 0,
        advanced: 0,
        rate: { value: null, reason: "Nobody has a score at this stage yet." },
      },
    ]);
    // Totals 3, 1, 0 (σ² = 14/9); p = 2/3, 1/3, 1/3 (Σpq = 6/9): KR-20 = 3/2 · (1 − 6/14) = 6/7.
    expect(body.lowest_reliability).toHaveLength(1);
    expect(body.lowest_reliability[0]).toMatchObject({
      exam_id: exam.id,
      title: "Screening day",
      stage: "screening",
      attempts: 3,
      question_count: 3,
    });
    expect(body.lowest_reliability[0].kr20.value).toBeCloseTo(6 / 7, 10);
    expect(JSON.stringify(body)).not.toMatch(/NaN|Infinity/);
  });

  it("is for admins: moderators, candidates and API keys are refused", async () => {
    const moderator = await suite.candidate({ userType: "staff", role: "moderator" });
    const candidate = await suite.candidate();
    expect((await dashboard(await suite.headersFor(moderator.id))).status).toBe(403);
    expect((await dashboard(await suite.headersFor(candidate.id))).status).toBe(403);
    const key = await createKey(suite.db, ["results:read"]);
    expect((await dashboard({ "x-api-key": key.key })).status).toBe(401);
  });
});
