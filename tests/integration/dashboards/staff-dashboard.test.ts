// GET /dashboard/staff/: every figure moves by exactly what the test adds — counted here from the
// rows it writes, not from the platform's queries — and "recent" means the last 7 days of the
// clock. Moderators and above; volunteers and candidates are refused.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as dashboardRoute from "@/app/api/v1/dashboard/staff/route";
import { exams } from "@/db/schema";
import { examWithQuestions, hours, T0, useAttemptsSuite } from "../attempts/support";
import { call } from "../support/http";
import { manual } from "../leaderboards/support";

const suite = useAttemptsSuite();
const days = (n: number) => hours(24 * n);
const ago = (ms: number) => new Date(T0.getTime() - ms);

describe("GET /dashboard/staff/", () => {
  it("counts candidates, exams, questions and scores, recent ones by the clock", async () => {
    const moderator = await suite.candidate({
      userType: "staff",
      role: "moderator",
      firstName: "Mo",
      lastName: "Derator",
      occupation: "Teacher",
    });
    const headers = await suite.headersFor(moderator.id);
    const before = (await call(dashboardRoute.GET, { headers })).data;
    expect(before.scores.total_submissions).toBe(0);

    // Six candidates: one unverified, one deactivated, one who joined a month ago.
    const joined = { dateJoined: ago(days(1)) };
    const people = [
      await suite.candidate({ role: "screening", ...joined }),
      await suite.candidate({ role: "screening", isUserVerified: false, ...joined }),
      await suite.candidate({ role: "screening", isActive: false, ...joined }),
      await suite.candidate({ role: "league", ...joined }),
      await suite.candidate({ role: "league", dateJoined: ago(days(30)) }),
      await suite.candidate({ role: "winner", ...joined }),
    ];
    // Five exams of one question each: upcoming, open now, concluded, cancelled, deleted.
    const upcoming = await examWithQuestions(suite.db, 1, {
      title: "Next week",
      scheduledDate: new Date(T0.getTime() + days(7)),
      createdAt: ago(days(1)),
    });
    await examWithQuestions(suite.db, 1, { createdAt: ago(days(2)) }); // open now
    const concluded = await examWithQuestions(suite.db, 1, {
      scheduledDate: ago(days(5)),
      openDurationHours: 2,
      createdAt: ago(days(30)),
    });
    await examWithQuestions(suite.db, 1, {
      title: "Cancelled",
      scheduledDate: new Date(T0.getTime() + days(3)),
      isActive: false,
      createdAt: ago(days(1)),
    });
    const deleted = await examWithQuestions(suite.db, 1, { createdAt: ago(days(1)) });
    await suite.db.update(exams).set({ deletedAt: T0 }).where(eq(exams.id, deleted.exam.id));
    // Scores: two this week, one ten days ago.
    await manual(suite.db, concluded.exam.id, people[0]!.id, 60, days(1));
    await manual(suite.db, concluded.exam.id, people[3]!.id, 90, days(2));
    await manual(suite.db, concluded.exam.id, people[5]!.id, 30, days(10));

    const response = await call(dashboardRoute.GET, { headers });
    expect(response.status).toBe(200);
    const after = response.data;
    expect(after.staff_info).toMatchObject({
      name: "Mo Derator",
      role: "Moderator",
      occupation: "Teacher",
      email: moderator.email,
    });
    const delta = (path: (body: typeof after) => number) => path(after) - path(before);
    expect({
      total: delta((b) => b.candidates.total),
      active: delta((b) => b.candidates.active),
      verified: delta((b) => b.candidates.verified),
      recent: delta((b) => b.candidates.recent_registrations),
      screening: delta((b) => b.candidates.by_role.screening.count),
      league: delta((b) => b.candidates.by_role.league.count),
      final: delta((b) => b.candidates.by_role.final.count),
      winner: delta((b) => b.candidates.by_role.winner.count),
    }).toEqual({
      total: 6,
      active: 5,
      verified: 5,
      recent: 5,
      screening: 3,
      league: 2,
      final: 0,
      winner: 1,
    });
    const { total, verified } = after.candidates;
    expect(after.candidates.verification_rate).toBe(Math.round((verified / total) * 1000) / 10);
    expect({
      total: delta((b) => b.exams.total),
      active: delta((b) => b.exams.active),
      recent: delta((b) => b.exams.recent),
      questions: delta((b) => b.questions.total),
      easy: delta((b) => b.questions.by_difficulty.easy.count),
    }).toEqual({ total: 4, active: 2, recent: 3, questions: 5, easy: 5 });
    expect(after.scores).toEqual({
      total_submissions: 3,
      recent_submissions: 2,
      average_score: 60,
      highest_score: 90,
    });
    expect(after.upcoming_exams).toEqual([
      expect.objectContaining({
        id: upcoming.exam.id,
        title: "Next week",
        is_active: true,
        question_count: 1,
      }),
    ]);
  });

  it("is for moderators and above", async () => {
    for (const person of [
      await suite.candidate({ userType: "staff", role: "volunteer" }),
      await suite.candidate({ role: "league" }),
    ]) {
      const response = await call(dashboardRoute.GET, {
        headers: await suite.headersFor(person.id),
      });
      expect(response.status).toBe(403);
    }
  });
});
