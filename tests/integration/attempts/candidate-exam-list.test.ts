// What the /exams list offers a candidate: Start only when they may take the exam, and nothing
// "missed" from before they registered.
import { beforeAll, describe, expect, it } from "vitest";
import { examAttempts } from "@/db/schema";
import { listCandidateExams, type CandidateExamItem } from "@/lib/attempts/candidate-exams";
import { contextAs, createExam, hours, minutes, T0, useAttemptsSuite } from "./support";

const suite = useAttemptsSuite();

const ctxFor = (user: { id: string; role: string; isUserVerified: boolean }) =>
  contextAs(suite.db, user, () => T0);

const byTitle = (list: CandidateExamItem[]) =>
  Object.fromEntries(list.map((item) => [item.title, item]));

const ids: Record<string, number> = {};

beforeAll(async () => {
  const make = async (name: string, overrides: Parameters<typeof createExam>[1]) => {
    ids[name] = (await createExam(suite.db, { title: name, ...overrides })).id;
  };
  // Windows of 3 hours: "long ago" closed at T0 - 47h, "yesterday" at T0 - 21h.
  await make("long ago", { scheduledDate: new Date(T0.getTime() - hours(50)) });
  await make("yesterday", { scheduledDate: new Date(T0.getTime() - hours(24)) });
  await make("open", { level: 2, countdownMinutes: 1 });
  await make("league open", { stage: "league" });
  await make("later", { scheduledDate: new Date(T0.getTime() + hours(5)) });
});

describe("listCandidateExams: what the candidate can do", () => {
  it("offers an open exam of their stage to a verified candidate only", async () => {
    const verified = await suite.candidate({ dateJoined: new Date(T0.getTime() - hours(100)) });
    const unverified = await suite.candidate({
      isUserVerified: false,
      dateJoined: new Date(T0.getTime() - hours(100)),
    });

    const mine = byTitle(await listCandidateExams({ ctx: ctxFor(verified) }));
    expect(mine.open).toMatchObject({
      status: "ongoing",
      can_take: true,
      stage: "screening",
      level: 2,
      countdown_minutes: 1,
    });
    expect(mine.later).toMatchObject({ status: "scheduled", can_take: false });
    expect(mine["league open"]).toBeUndefined();

    const theirs = byTitle(await listCandidateExams({ ctx: ctxFor(unverified) }));
    expect(theirs.open).toMatchObject({
      status: "ongoing",
      participation: "not_started",
      can_take: false,
    });
  });

  it("offers neither Start nor Resume once submitted, nor for an exam of another stage", async () => {
    const promoted = await suite.candidate({
      role: "league",
      dateJoined: new Date(T0.getTime() - hours(100)),
    });
    const submitted = await suite.candidate({ dateJoined: new Date(T0.getTime() - hours(100)) });
    const attempt = (examId: number, candidateId: string, done: boolean) => ({
      examId,
      candidateId,
      startedAt: new Date(T0.getTime() - minutes(30)),
      deadline: new Date(T0.getTime() + minutes(30)),
      submittedAt: done ? new Date(T0.getTime() - minutes(5)) : null,
    });
    // Started as a screening candidate, then promoted: the exam is listed, but not takeable.
    await suite.db
      .insert(examAttempts)
      .values([attempt(ids.open!, promoted.id, false), attempt(ids.open!, submitted.id, true)]);

    const promotedList = byTitle(await listCandidateExams({ ctx: ctxFor(promoted) }));
    expect(promotedList.open).toMatchObject({ participation: "in_progress", can_take: false });
    expect(promotedList["league open"]).toMatchObject({ can_take: true });

    const submittedList = byTitle(await listCandidateExams({ ctx: ctxFor(submitted) }));
    expect(submittedList.open).toMatchObject({ participation: "done", can_take: false });
  });
});

describe("listCandidateExams: exams from before the candidate registered", () => {
  it("leaves out exams that closed before they joined and calls the others missed", async () => {
    // Joined between the two past windows.
    const newcomer = await suite.candidate({ dateJoined: new Date(T0.getTime() - hours(30)) });
    const list = byTitle(await listCandidateExams({ ctx: ctxFor(newcomer) }));
    expect(list["long ago"]).toBeUndefined();
    expect(list.yesterday).toMatchObject({ status: "concluded", participation: "missed" });
    expect(list.open).toBeDefined();
  });

  it("still lists an old exam the candidate took (a record, whatever the dates)", async () => {
    const joinedToday = await suite.candidate({ dateJoined: T0 });
    await suite.db.insert(examAttempts).values({
      examId: ids["long ago"]!,
      candidateId: joinedToday.id,
      startedAt: new Date(T0.getTime() - hours(49)),
      deadline: new Date(T0.getTime() - hours(48)),
      submittedAt: new Date(T0.getTime() - hours(48)),
    });
    const list = byTitle(await listCandidateExams({ ctx: ctxFor(joinedToday) }));
    expect(list["long ago"]).toMatchObject({ participation: "done" });
    expect(list.yesterday).toBeUndefined();
  });
});
