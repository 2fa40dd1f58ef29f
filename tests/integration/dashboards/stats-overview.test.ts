// GET /stats/overview/: figures move by exactly what the test adds (counted from its own rows);
// staff figures are for managers and above only.
import { describe, expect, it } from "vitest";
import * as statsRoute from "@/app/api/v1/stats/overview/route";
import { userVerifications } from "@/db/schema";
import { examWithQuestions, hours, T0, useAttemptsSuite } from "../attempts/support";
import { call } from "../support/http";

const suite = useAttemptsSuite();
const days = (n: number) => hours(24 * n);
type Stats = {
  users: {
    total: number;
    active: number;
    candidates: { total: number; verified: number; by_role: Record<string, number> };
    staff: { total: number; by_role: Record<string, number> } | null;
  };
  verification: { pending: number; approved: number; rejected: number };
  exams: { total: number; by_status: Record<string, number> };
};

describe("GET /stats/overview/", () => {
  it("counts people, verification requests and exams by status", async () => {
    const manager = await suite.candidate({ userType: "staff", role: "manager" });
    const moderator = await suite.candidate({ userType: "staff", role: "moderator" });
    const asManager = await suite.headersFor(manager.id);
    const asModerator = await suite.headersFor(moderator.id);
    const read = async (headers: Record<string, string>) => {
      const response = await call(statsRoute.GET, { headers });
      expect(response.status).toBe(200);
      return response.data as Stats;
    };
    const before = await read(asManager);

    const league = await suite.candidate({ role: "league" });
    const waiting = await suite.candidate({ role: "screening", isUserVerified: false });
    await suite.candidate({ role: "screening", isActive: false });
    await suite.candidate({ userType: "staff", role: "volunteer" });
    await suite.db.insert(userVerifications).values([
      { userId: waiting.id, status: "pending", submittedAt: T0 },
      { userId: league.id, status: "approved", submittedAt: T0 },
    ]);
    await examWithQuestions(suite.db, 1, { scheduledDate: null }); // draft
    await examWithQuestions(suite.db, 1, { isActive: false }); // cancelled
    await examWithQuestions(suite.db, 1, { scheduledDate: new Date(T0.getTime() + days(2)) });
    await examWithQuestions(suite.db, 1); // open now
    await examWithQuestions(suite.db, 1, {
      scheduledDate: new Date(T0.getTime() - days(3)),
      openDurationHours: 1,
    });

    const after = await read(asManager);
    expect(after.users.total - before.users.total).toBe(4);
    expect(after.users.active - before.users.active).toBe(3);
    expect(after.users.candidates.total - before.users.candidates.total).toBe(3);
    expect(after.users.candidates.verified - before.users.candidates.verified).toBe(2);
    expect(
      (after.users.candidates.by_role.screening ?? 0) -
        (before.users.candidates.by_role.screening ?? 0),
    ).toBe(2);
    expect(
      (after.users.staff!.by_role.volunteer ?? 0) - (before.users.staff!.by_role.volunteer ?? 0),
    ).toBe(1);
    expect(after.verification.pending - before.verification.pending).toBe(1);
    expect(after.verification.approved - before.verification.approved).toBe(1);
    expect(after.exams.total - before.exams.total).toBe(5);
    for (const status of ["draft", "cancelled", "scheduled", "ongoing", "concluded"]) {
      expect(after.exams.by_status[status]! - before.exams.by_status[status]!, status).toBe(1);
    }

    // A moderator sees the candidates' figures only.
    const limited = await read(asModerator);
    expect(limited.users.staff).toBeNull();
    expect(limited.users.total).toBe(after.users.candidates.total);
  });
});
