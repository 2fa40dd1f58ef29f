// The candidate's own exam list (/exams) lib function (the result: get-exam-result.test.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { examAttempts, examScores } from "@/db/schema";
import { listCandidateExams } from "@/lib/attempts/candidate-exams";
import { Forbidden } from "@/lib/errors";
import { createUser } from "../support/factories";
import { contextAs, createExam, hours, minutes, T0, useAttemptsSuite } from "./support";

const suite = useAttemptsSuite();

const ctxFor = (user: { id: string; userType: string; role: string }) =>
  contextAs(suite.db, user, () => T0);

let candidate: Awaited<ReturnType<typeof createUser>>;
let staff: Awaited<ReturnType<typeof createUser>>;
const ids: Record<string, number> = {};

beforeAll(async () => {
  const db = suite.db;
  // Registered before every exam below closed (see candidate-exam-list.test.ts for later joiners).
  candidate = await suite.candidate({ dateJoined: new Date(T0.getTime() - hours(100)) });
  staff = await createUser(db);
  const other = await suite.candidate();
  const make = async (name: string, overrides: Parameters<typeof createExam>[1]) => {
    ids[name] = (await createExam(db, { title: name, ...overrides })).id;
  };
  await make("upcoming", { scheduledDate: new Date(T0.getTime() + hours(2)) });
  await make("open", {});
  await make("inProgress", {});
  await make("openDone", {});
  await make("scored", { scheduledDate: new Date(T0.getTime() - hours(30)) });
  await make("awaiting", { scheduledDate: new Date(T0.getTime() - hours(20)) });
  await make("missed", { scheduledDate: new Date(T0.getTime() - hours(10)) });
  await make("otherStage", { stage: "league" });
  await make("draft", { scheduledDate: null });
  await make("cancelled", { isActive: false });
  await make("deleted", { deletedAt: T0 });
  const attempt = (examId: number, submitted: boolean, candidateId = candidate.id) => ({
    examId,
    candidateId,
    startedAt: new Date(T0.getTime() - minutes(30)),
    deadline: new Date(T0.getTime() + minutes(30)),
    submittedAt: submitted ? new Date(T0.getTime() - minutes(5)) : null,
  });
  await db
    .insert(examAttempts)
    .values([
      attempt(ids.inProgress!, false),
      attempt(ids.openDone!, true),
      attempt(ids.scored!, true),
      attempt(ids.awaiting!, true),
      attempt(ids.missed!, true, other.id),
    ]);
  await db.insert(examScores).values([
    {
      examId: ids.scored!,
      candidateId: candidate.id,
      score: 87.5,
      autoScore: true,
      timeUsedSeconds: 1500,
      recordedAt: T0,
      updatedAt: T0,
    },
    // Someone else's score is never shown to this candidate.
    {
      examId: ids.missed!,
      candidateId: other.id,
      score: 12,
      autoScore: true,
      recordedAt: T0,
      updatedAt: T0,
    },
  ]);
});

describe("listCandidateExams", () => {
  it("lists the stage's non-draft, active exams with the candidate's participation", async () => {
    const list = await listCandidateExams({ ctx: ctxFor(candidate) });
    const byTitle = Object.fromEntries(list.map((item) => [item.title, item]));
    expect(Object.keys(byTitle).sort()).toEqual(
      ["awaiting", "inProgress", "missed", "open", "openDone", "scored", "upcoming"].sort(),
    );
    expect(byTitle.upcoming).toMatchObject({ status: "scheduled", participation: "not_started" });
    expect(byTitle.open).toMatchObject({
      status: "ongoing",
      participation: "not_started",
      stage_display: "screening_1",
      closes_at: new Date(T0.getTime() + hours(2)).toISOString(),
    });
    expect(byTitle.inProgress).toMatchObject({ status: "ongoing", participation: "in_progress" });
    expect(byTitle.openDone).toMatchObject({ status: "ongoing", participation: "done" });
    expect(byTitle.scored).toMatchObject({
      status: "concluded",
      participation: "done",
      score: 87.5,
    });
    expect(byTitle.awaiting).toMatchObject({ participation: "done", score: null });
    expect(byTitle.missed).toMatchObject({ participation: "missed", score: null });
    // Ordered by opening time.
    expect(list.map((item) => item.title).slice(0, 3)).toEqual(["scored", "awaiting", "missed"]);
  });

  it("shows an exam the candidate took even after moving to another stage", async () => {
    const promoted = { ...candidate, role: "league" };
    const titles = (await listCandidateExams({ ctx: ctxFor(promoted) })).map((item) => item.title);
    expect(titles).toContain("otherStage");
    expect(titles).toContain("scored");
    expect(titles).not.toContain("open");
  });

  it("refuses staff", async () => {
    await expect(listCandidateExams({ ctx: ctxFor(staff) })).rejects.toBeInstanceOf(Forbidden);
  });
});
