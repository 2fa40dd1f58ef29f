// Changing the window of an exam that has opened (CONTRACT §4): extending it (a larger
// open_duration_hours, which also gives attempts in progress the later deadline their countdown
// allows), refusing to shorten it, and ending it early with POST /exams/{id}/conclude/ — attempts
// in progress are submitted automatically with their saved answers, at min(deadline, that
// instant), and scored; nothing is submitted twice, and no acknowledged answer is lost.
import { and, count, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as concludeRoute from "@/app/api/v1/exams/[id]/conclude/route";
import * as specRoute from "@/app/api/v1/docs/spec/route";
import * as examRoute from "@/app/api/v1/exams/[id]/route";
import * as startRoute from "@/app/api/v1/exams/[id]/start/route";
import { attemptAnswers, eventOutbox, examAttempts, examScores, exams } from "@/db/schema";
import { scoreSubmittedAttemptFunction } from "@/inngest/functions/exams/score-submitted-attempt";
import { systemActor, type Context } from "@/lib/context";
import { concludeExam } from "@/lib/exams/conclude";
import { countCandidatesWriting } from "@/lib/exams/count-candidates-writing";
import { InProcessRunner } from "@/lib/jobs/in-process-runner";
import {
  advance,
  at,
  examWithQuestions,
  minutes,
  putAnswer,
  submitAttempt,
  T0,
  takeExam,
  useAttemptsSuite,
} from "../attempts/support";
import { createUser } from "../support/factories";
import { call } from "../support/http";

const suite = useAttemptsSuite();
const hours = (n: number) => minutes(60 * n);

async function staff(role = "admin") {
  const user = await createUser(suite.db, { role });
  return { user, headers: await suite.headersFor(user.id) };
}

const conclude = async (examId: number, headers?: Record<string, string>) =>
  call(concludeRoute.POST, {
    method: "POST",
    path: `/api/v1/exams/${examId}/conclude/`,
    params: { id: String(examId) },
    headers: headers ?? (await staff()).headers,
  });

const patch = async (examId: number, json: unknown) =>
  call(examRoute.PATCH, {
    method: "PATCH",
    path: `/api/v1/exams/${examId}/`,
    params: { id: String(examId) },
    headers: (await staff()).headers,
    json,
  });

const attemptOf = async (attemptId: string) =>
  (await suite.db.select().from(examAttempts).where(eq(examAttempts.id, attemptId)))[0]!;

const submittedEvents = async (examId: number) =>
  (
    await suite.db
      .select({ data: eventOutbox.data })
      .from(eventOutbox)
      .where(eq(eventOutbox.name, "exam/attempt.submitted"))
  ).filter((row) => (row.data as { examId: number }).examId === examId).length;

/** Run the scoring job on what was published (events are written at the database's real now). */
async function runScoring() {
  await suite.db.update(eventOutbox).set({ availableAt: at() });
  await new InProcessRunner({
    db: suite.db,
    functions: [scoreSubmittedAttemptFunction],
    clock: { now: at },
  }).tick();
}

const systemCtx = (): Context => ({ db: suite.db, actor: systemActor, clock: { now: at } });

describe("extending the window of an ongoing exam", () => {
  it("takes a larger open_duration_hours, and attempts in progress get the later deadline their countdown allows", async () => {
    // Opened an hour before T0, open for 3 hours (closes T0 + 2h); 60-minute countdown.
    const { exam } = await examWithQuestions(suite.db, 2, { countdownMinutes: 180 });
    const early = await suite.startedCandidate(exam.id); // deadline: the window's close, T0 + 2h
    const earlyDeadline = (await attemptOf(early.attemptId)).deadline;
    expect(earlyDeadline).toEqual(new Date(T0.getTime() + hours(2)));
    const done = await suite.startedCandidate(exam.id);
    expect((await submitAttempt(exam.id, done.headers)).status).toBe(201);

    const response = await patch(exam.id, { open_duration_hours: 5 });
    expect(response.status).toBe(200);
    expect(response.data).toMatchObject({ open_duration_hours: 5, status: "ongoing" });
    // min(started_at + 180 minutes, the new close at T0 + 4h) = T0 + 3h.
    expect((await attemptOf(early.attemptId)).deadline).toEqual(new Date(T0.getTime() + hours(3)));
    const submitted = await attemptOf(done.attemptId);
    expect(submitted.deadline).toEqual(earlyDeadline);
    // A candidate starting now gets the new window.
    const late = await suite.startedCandidate(exam.id);
    expect((await attemptOf(late.attemptId)).deadline).toEqual(new Date(T0.getTime() + hours(3)));
  });

  it("leaves an attempt whose time is already up as it is", async () => {
    const { exam } = await examWithQuestions(suite.db, 1, { countdownMinutes: 10 });
    const over = await suite.startedCandidate(exam.id);
    advance(minutes(10) + 5_000); // past its deadline, within the grace
    expect((await patch(exam.id, { open_duration_hours: 6 })).status).toBe(200);
    expect((await attemptOf(over.attemptId)).deadline).toEqual(
      new Date(T0.getTime() + minutes(10)),
    );
  });

  it("refuses a shorter window (409, naming the field) and a change once concluded", async () => {
    const { exam } = await examWithQuestions(suite.db, 1);
    const shorter = await patch(exam.id, { open_duration_hours: 2 });
    expect(shorter.status).toBe(409);
    expect(shorter.data.code).toBe("exam_in_progress");
    expect(shorter.data.detail).toMatch(/extended but not shortened.*end it early/);
    expect(shorter.data.errors.open_duration_hours).toHaveLength(1);

    advance(hours(3)); // the window closed at T0 + 2h
    const reopen = await patch(exam.id, { open_duration_hours: 10 });
    expect(reopen.status).toBe(409);
    expect(reopen.data.detail).toBe("This exam has concluded: its window can no longer change.");
    const [row] = await suite.db.select().from(exams).where(eq(exams.id, exam.id));
    expect(row!.openDurationHours).toBe(3);
  });
});

describe("POST /exams/{id}/conclude/", () => {
  it("ends the exam now: concluded at this instant, attempts in progress submitted with their saved answers and scored", async () => {
    const { exam, questions } = await examWithQuestions(suite.db, 4, { countdownMinutes: 60 });
    const writing = await suite.startedCandidate(exam.id);
    for (const [index, option] of ["A", "B", "D"].entries()) {
      const saved = await putAnswer(exam.id, questions[index]!.id, writing.headers, {
        selected_option: option,
        seq: 1,
      });
      expect(saved.status).toBe(200);
    }
    advance(minutes(20));
    const finished = await suite.startedCandidate(exam.id);
    expect((await submitAttempt(exam.id, finished.headers)).status).toBe(201);
    // Started 50 minutes ago; its 60-minute deadline passed 5 seconds ago, still in the grace.
    advance(minutes(30));
    const inGrace = await suite.startedCandidate(exam.id);
    advance(minutes(10));
    const stillWriting = await suite.startedCandidate(exam.id);
    advance(minutes(50) + 5_000);
    const endedAt = at();
    expect(await countCandidatesWriting({ ctx: systemCtx(), input: { id: exam.id } })).toBe(1);

    const response = await conclude(exam.id);
    expect(response.status).toBe(200);
    expect(response.data).toMatchObject({
      id: exam.id,
      status: "concluded",
      concluded_at: endedAt.toISOString(),
      open_duration_hours: 3,
      auto_submitted_attempts: 3,
    });

    expect(await attemptOf(writing.attemptId)).toMatchObject({
      // Its own deadline (T0 + 60 minutes) had passed without a submit: closed at its deadline.
      submittedAt: new Date(T0.getTime() + minutes(60)),
      submissionKind: "auto",
    });
    expect(await attemptOf(inGrace.attemptId)).toMatchObject({
      submittedAt: new Date(T0.getTime() + minutes(50) + minutes(60)),
      submissionKind: "auto",
    });
    expect(await attemptOf(stillWriting.attemptId)).toMatchObject({
      submittedAt: endedAt,
      deadline: endedAt,
      submissionKind: "auto",
    });
    expect((await attemptOf(finished.attemptId)).submissionKind).toBe("candidate");
    expect(await submittedEvents(exam.id)).toBe(4); // one each, the candidate's own included
    expect(await countCandidatesWriting({ ctx: systemCtx(), input: { id: exam.id } })).toBe(0);

    // The scoring job scores the saved answers: A and B right, D wrong (C is the third answer).
    await runScoring();
    const [score] = await suite.db
      .select()
      .from(examScores)
      .where(eq(examScores.attemptId, writing.attemptId));
    expect(score).toMatchObject({ score: 50, correctCount: 2, questionCount: 4, autoScore: true });
    const [stillWritingScore] = await suite.db
      .select()
      .from(examScores)
      .where(eq(examScores.attemptId, stillWriting.attemptId));
    expect(stillWritingScore).toMatchObject({ score: 0, timeUsedSeconds: 50 * 60 + 5 });
    // Nothing of this exam is left for the deadline sweep.
    const open = await suite.db
      .select({ value: count() })
      .from(examAttempts)
      .where(and(eq(examAttempts.examId, exam.id), isNull(examAttempts.submittedAt)));
    expect(open[0]!.value).toBe(0);
  });

  it("refuses, after the end, new candidates, autosaves and submits", async () => {
    const { exam, questions } = await examWithQuestions(suite.db, 2);
    const writing = await suite.startedCandidate(exam.id);
    expect((await conclude(exam.id)).status).toBe(200);
    const newcomer = await suite.candidate();
    const take = await takeExam(exam.id, await suite.headersFor(newcomer.id));
    expect(take.status).toBe(403);
    expect(take.data.code).toBe("exam_not_open");
    const save = await putAnswer(exam.id, questions[0]!.id, writing.headers, {
      selected_option: "A",
      seq: 5,
    });
    expect(save.status).toBe(400);
    expect(save.data.code).toBe("exam_already_submitted");
    const submit = await submitAttempt(exam.id, writing.headers);
    expect(submit.data.code).toBe("exam_already_submitted");
    const stored = await suite.db
      .select({ value: count() })
      .from(attemptAnswers)
      .where(eq(attemptAnswers.attemptId, writing.attemptId));
    expect(stored[0]!.value).toBe(0);
  });

  it("is a clear 409 for an exam that is not ongoing, and a second conclude submits nothing twice", async () => {
    const { exam } = await examWithQuestions(suite.db, 1);
    await suite.startedCandidate(exam.id);
    expect((await conclude(exam.id)).status).toBe(200);
    const again = await conclude(exam.id);
    expect(again.status).toBe(409);
    expect(again.data).toEqual({
      detail: "This exam has already concluded.",
      code: "exam_not_ongoing",
    });
    expect(await submittedEvents(exam.id)).toBe(1);

    const { exam: scheduled } = await examWithQuestions(suite.db, 1, {
      scheduledDate: new Date(T0.getTime() + hours(1)),
    });
    expect((await conclude(scheduled.id)).data.detail).toMatch(/has not opened yet/);
    const { exam: draft } = await examWithQuestions(suite.db, 1, { scheduledDate: null });
    expect((await conclude(draft.id)).data.code).toBe("exam_not_ongoing");
    const { exam: cancelled } = await examWithQuestions(suite.db, 1, { isActive: false });
    expect((await conclude(cancelled.id)).data.detail).toMatch(/cancelled/);
    const { exam: over } = await examWithQuestions(suite.db, 1, {
      scheduledDate: new Date(T0.getTime() - hours(10)),
    });
    expect((await conclude(over.id)).status).toBe(409);
    const [row] = await suite.db.select().from(exams).where(eq(exams.id, over.id));
    expect(row!.endedEarlyAt).toBeNull();
  });

  it("is in the OpenAPI document, with its 409", async () => {
    const { data } = await call(specRoute.GET);
    const operation = data.paths["/exams/{id}/conclude/"].post;
    expect(operation.summary).toBe("End an exam early");
    expect(Object.keys(operation.responses)).toEqual(
      expect.arrayContaining(["200", "403", "404", "409"]),
    );
    expect(operation.responses["200"].content["application/json"].schema.properties).toHaveProperty(
      "auto_submitted_attempts",
    );
  });

  it("is for admins and up: candidates and moderators get 403; an unknown exam 404", async () => {
    const { exam } = await examWithQuestions(suite.db, 1);
    const candidate = await suite.candidate();
    const asCandidate = await conclude(exam.id, await suite.headersFor(candidate.id));
    expect(asCandidate.status).toBe(403);
    const asModerator = await conclude(exam.id, (await staff("moderator")).headers);
    expect(asModerator.status).toBe(403);
    expect(asModerator.data.code).toBe("permission_denied");
    expect((await conclude(999_999)).status).toBe(404);
    const [row] = await suite.db.select().from(exams).where(eq(exams.id, exam.id));
    expect(row!.endedEarlyAt).toBeNull();
    // The domain operation checks too: a job or a page cannot conclude on nobody's behalf.
    await expect(concludeExam({ ctx: systemCtx(), input: { id: exam.id } })).rejects.toThrow(
      "Sign in first.",
    );
  });

  it("two concurrent concludes: one ends the exam, the other is refused, each attempt submitted once", async () => {
    const { exam } = await examWithQuestions(suite.db, 1);
    const attempts = await Promise.all([1, 2, 3].map(() => suite.startedCandidate(exam.id)));
    const admin = await staff();
    const [first, second] = await Promise.all([
      conclude(exam.id, admin.headers),
      conclude(exam.id, admin.headers),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    expect(await submittedEvents(exam.id)).toBe(3);
    for (const { attemptId } of attempts) {
      expect((await attemptOf(attemptId)).submittedAt).toEqual(at());
    }
  });

  it("an autosave racing the conclude is either saved before it (and scored) or refused after it", async () => {
    const outcomes: string[] = [];
    for (let round = 0; round < 6; round += 1) {
      const { exam, questions } = await examWithQuestions(suite.db, 1);
      const writing = await suite.startedCandidate(exam.id);
      const admin = await staff();
      const save = () =>
        putAnswer(exam.id, questions[0]!.id, writing.headers, { selected_option: "A", seq: 1 });
      // Sent in both orders.
      const [saved, ended] =
        round % 2 === 0
          ? await Promise.all([save(), conclude(exam.id, admin.headers)])
          : (await Promise.all([conclude(exam.id, admin.headers), save()])).reverse();
      if (!saved || !ended) throw new Error("both calls answer");
      expect(ended.status).toBe(200);
      const [stored] = await suite.db
        .select()
        .from(attemptAnswers)
        .where(
          and(
            eq(attemptAnswers.attemptId, writing.attemptId),
            eq(attemptAnswers.questionId, questions[0]!.id),
          ),
        );
      if (saved.status === 200) {
        // Acknowledged: it is part of the submission.
        expect(stored?.selectedOption).toBe("A");
        outcomes.push("saved");
      } else {
        expect(saved.data.code).toBe("exam_already_submitted");
        expect(stored).toBeUndefined();
        outcomes.push("refused");
      }
      await runScoring();
      const [score] = await suite.db
        .select()
        .from(examScores)
        .where(eq(examScores.attemptId, writing.attemptId));
      expect(score!.score).toBe(saved.status === 200 ? 100 : 0);
    }
    expect(outcomes.length).toBe(6);
  });

  it("a candidate starting as the exam ends is either started and closed with the others, or refused", async () => {
    for (let round = 0; round < 4; round += 1) {
      const { exam } = await examWithQuestions(suite.db, 1);
      const candidate = await suite.candidate();
      const headers = await suite.headersFor(candidate.id);
      const admin = await staff();
      const start = () =>
        call(startRoute.POST, {
          method: "POST",
          path: `/api/v1/exams/${exam.id}/start/`,
          params: { id: String(exam.id) },
          headers,
        });
      const [started] = await Promise.all([start(), conclude(exam.id, admin.headers)]);
      const open = await suite.db
        .select({ value: count() })
        .from(examAttempts)
        .where(and(eq(examAttempts.examId, exam.id), eq(examAttempts.submissionKind, "auto")));
      if (started.status === 200) expect(open[0]!.value).toBe(1);
      else {
        expect(started.data.code).toBe("exam_not_open");
        expect(open[0]!.value).toBe(0);
      }
      const stillOpen = await suite.db
        .select({ value: count() })
        .from(examAttempts)
        .where(and(eq(examAttempts.examId, exam.id)));
      const unsubmitted = (
        await suite.db.select().from(examAttempts).where(eq(examAttempts.examId, exam.id))
      ).filter((row) => row.submittedAt === null);
      expect(unsubmitted).toEqual([]);
      expect(stillOpen[0]!.value).toBeLessThanOrEqual(1);
    }
  });
});
