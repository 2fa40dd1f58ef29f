// GET /dashboard/candidate/: the spec's shape, with figures worked out here from the scores the
// test wrote (stats, recent scores, rank), the exams still open (not_done) and the concluded ones
// (done or missed); staff are refused.
import { describe, expect, it } from "vitest";
import * as dashboardRoute from "@/app/api/v1/dashboard/candidate/route";
import { publishLeaderboard } from "@/lib/leaderboards/publish-leaderboard";
import { contextAs, examWithQuestions, hours, T0, useAttemptsSuite } from "../attempts/support";
import { call } from "../support/http";
import { scored } from "../leaderboards/support";

const suite = useAttemptsSuite();
const days = (n: number) => hours(24 * n);

describe("GET /dashboard/candidate/", () => {
  it("adds up the candidate's own scores, rank and exams", async () => {
    const candidate = await suite.candidate({
      role: "league",
      firstName: "Ife",
      lastName: "Ola",
      school: "Lakeside College",
      dateJoined: new Date(T0.getTime() - days(30)),
    });
    const rival = await suite.candidate({ role: "league" });
    const concluded = (title: string, daysAgo: number, n: number) =>
      examWithQuestions(suite.db, n, {
        title,
        stage: "league",
        level: 7,
        scheduledDate: new Date(T0.getTime() - days(daysAgo)),
        openDurationHours: 4,
      });
    const first = await concluded("League week 1", 5, 3);
    const second = await concluded("League week 2", 3, 4);
    const missed = await concluded("League week 3", 2, 2);
    const open = await examWithQuestions(suite.db, 5, { title: "League week 4", stage: "league" });
    await examWithQuestions(suite.db, 1, { title: "Screening only", stage: "screening" });

    await scored(suite.db, first.exam.id, candidate.id, 70, 600, days(5) - hours(1));
    await scored(suite.db, second.exam.id, candidate.id, 90, 500, days(3) - hours(1));
    await scored(suite.db, second.exam.id, rival.id, 95, 400, days(3) - hours(1));
    await publishLeaderboard({
      ctx: contextAs(suite.db, candidate),
      input: { requestedById: null },
    });

    const response = await call(dashboardRoute.GET, {
      headers: await suite.headersFor(candidate.id),
    });
    expect(response.status).toBe(200);
    const body = response.data;
    expect(body.candidate_info).toMatchObject({
      name: "Ife Ola",
      school: "Lakeside College",
      role: "League",
      is_user_verified: true,
      email: candidate.email,
    });
    expect(body.exam_stats).toEqual({
      total_exams_taken: 2,
      available_exams_count: 1,
      average_score: 80,
      highest_score: 90,
      lowest_score: 70,
      latest_score: {
        score: 90,
        exam_title: "League week 2",
        date: new Date(T0.getTime() - days(3) + hours(1)).toISOString(),
      },
    });
    // On the latest board of level 7 (week 2): second of two.
    expect(body.leaderboard_ranking).toEqual({ current_rank: 2, total_candidates: 2 });
    expect(body.recent_scores.map((row: { exam_title: string }) => row.exam_title)).toEqual([
      "League week 2",
      "League week 1",
    ]);
    expect(body.available_exams).toEqual([
      expect.objectContaining({
        id: open.exam.id,
        title: "League week 4",
        stage_display: "league_1",
        question_count: 5,
        participation: "not_done",
      }),
    ]);
    expect(
      body.concluded_exams.map(
        (exam: { id: number; participation: string; question_count: number }) => [
          exam.id,
          exam.participation,
          exam.question_count,
        ],
      ),
    ).toEqual([
      [missed.exam.id, "missed", 2],
      [second.exam.id, "done", 4],
      [first.exam.id, "done", 3],
    ]);
  });

  it("is for candidates only", async () => {
    const moderator = await suite.candidate({ userType: "staff", role: "moderator" });
    const response = await call(dashboardRoute.GET, {
      headers: await suite.headersFor(moderator.id),
    });
    expect(response.status).toBe(403);
    expect(response.data.code).toBe("permission_denied");
  });
});
