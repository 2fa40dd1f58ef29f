// Taking an exam: eligibility order, window edges, deadlines, resume and parallel first calls.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as startRoute from "@/app/api/v1/exams/[id]/start/route";
import { examAttempts, exams } from "@/db/schema";
import { createUser } from "../support/factories";
import { call } from "../support/http";
import {
  advance,
  createExam,
  createQuestion,
  examWithQuestions,
  minutes,
  putAnswer,
  setNow,
  T0,
  takeExam,
  useAttemptsSuite,
} from "./support";

const suite = useAttemptsSuite();
const take = async (userId: string, examId: number) =>
  takeExam(examId, await suite.headersFor(userId));

describe("eligibility", () => {
  it("checks verified, then stage, then the window, each with its own 403", async () => {
    // Not open yet (scheduled), league exam, unverified screening candidate → unverified first.
    const { exam } = await examWithQuestions(suite.db, 2, {
      stage: "league",
      scheduledDate: new Date(T0.getTime() + minutes(30)),
    });
    const unverified = await suite.candidate({ isUserVerified: false });
    expect((await take(unverified.id, exam.id)).data.code).toBe("unverified_candidate");
    const wrongStage = await suite.candidate();
    const response = await take(wrongStage.id, exam.id);
    expect([response.status, response.data.code]).toEqual([403, "exam_not_eligible"]);
    const league = await suite.candidate({ role: "league" });
    const notOpen = await take(league.id, exam.id);
    expect([notOpen.status, notOpen.data.code]).toEqual([403, "exam_not_open"]);
    expect(
      await suite.db.select().from(examAttempts).where(eq(examAttempts.examId, exam.id)),
    ).toHaveLength(0);
  });

  it("refuses staff and unknown or malformed exams", async () => {
    const { exam } = await examWithQuestions(suite.db, 1);
    const staff = await createUser(suite.db, { role: "superadmin" });
    const denied = await take(staff.id, exam.id);
    expect([denied.status, denied.data.code]).toEqual([403, "permission_denied"]);
    const someone = await suite.candidate();
    expect((await take(someone.id, 999999)).status).toBe(404);
    const malformed = await takeExam("abc", await suite.headersFor(someone.id));
    expect(malformed.status).toBe(404);
    await suite.db.update(exams).set({ deletedAt: T0 }).where(eq(exams.id, exam.id));
    expect((await take(someone.id, exam.id)).status).toBe(404);
  });

  it("lets winners take final exams", async () => {
    const { exam } = await examWithQuestions(suite.db, 1, { stage: "final" });
    const winner = await suite.candidate({ role: "winner" });
    expect((await take(winner.id, exam.id)).status).toBe(200);
  });

  it("opens exactly at scheduled_date and closes at scheduled_date + open_duration_hours", async () => {
    const { exam } = await examWithQuestions(suite.db, 1, {
      scheduledDate: T0,
      openDurationHours: 1,
    });
    const early = await suite.candidate();
    setNow(new Date(T0.getTime() - 1000));
    expect((await take(early.id, exam.id)).data.code).toBe("exam_not_open");
    setNow(T0);
    expect((await take(early.id, exam.id)).status).toBe(200);
    const late = await suite.candidate();
    setNow(new Date(T0.getTime() + minutes(60)));
    expect((await take(late.id, exam.id)).data.code).toBe("exam_not_open");
    const lastSecond = await suite.candidate();
    setNow(new Date(T0.getTime() + minutes(60) - 1000));
    expect((await take(lastSecond.id, exam.id)).status).toBe(200);
  });

  it("refuses cancelled and draft exams, and exams without live questions (409)", async () => {
    const { exam: cancelled } = await examWithQuestions(suite.db, 1, { isActive: false });
    const someone = await suite.candidate();
    expect((await take(someone.id, cancelled.id)).data.code).toBe("exam_not_open");
    const { exam: draft } = await examWithQuestions(suite.db, 1, { scheduledDate: null });
    expect((await take(someone.id, draft.id)).data.code).toBe("exam_not_open");
    const archived = await createQuestion(suite.db, { isArchived: true, archivedAt: T0 });
    const empty = await createExam(suite.db, {}, [archived.id]);
    const response = await take(someone.id, empty.id);
    expect([response.status, response.data.code]).toEqual([409, "exam_has_no_questions"]);
  });
});

describe("the attempt", () => {
  it("returns the spec payload without correct answers, in position order, without archived questions", async () => {
    const first = await createQuestion(suite.db, { text: "First" });
    const gone = await createQuestion(suite.db, {
      text: "Gone",
      isArchived: true,
      archivedAt: T0,
    });
    const second = await createQuestion(suite.db, { text: "Second" });
    const exam = await createExam(suite.db, {}, [second.id, gone.id, first.id]);
    const someone = await suite.candidate();
    const response = await take(someone.id, exam.id);
    expect(response.status).toBe(200);
    expect(response.data.questions.map((q: { id: number }) => q.id)).toEqual([second.id, first.id]);
    expect(JSON.stringify(response.data)).not.toContain("correct_answer");
    expect(response.data).toMatchObject({
      id: exam.id,
      stage: "screening",
      open_duration_hours: 3,
      countdown_minutes: 60,
      scheduled_date: "2026-06-01T09:00:00.000Z",
    });
    expect(response.data.attempt).toMatchObject({
      started_at: T0.toISOString(),
      deadline: new Date(T0.getTime() + minutes(60)).toISOString(),
      server_now: T0.toISOString(),
      answers: [],
    });
  });

  it("cuts the deadline at the window's close when the countdown would run past it", async () => {
    const { exam } = await examWithQuestions(suite.db, 1); // closes at T0 + 2h
    const someone = await suite.candidate();
    setNow(new Date(T0.getTime() + minutes(100)));
    const response = await take(someone.id, exam.id);
    expect(response.data.attempt.deadline).toBe(
      new Date(T0.getTime() + minutes(120)).toISOString(),
    );
  });

  it("resumes the same attempt with its saved answers and true deadline", async () => {
    const { exam, questions } = await examWithQuestions(suite.db, 2);
    const someone = await suite.candidate();
    const first = await take(someone.id, exam.id);
    advance(minutes(10));
    const saved = await putAnswer(exam.id, questions[1]!.id, await suite.headersFor(someone.id), {
      selected_option: "C",
      seq: 1,
    });
    expect(saved.status).toBe(200);
    advance(minutes(5));
    const again = await take(someone.id, exam.id);
    expect(again.data.attempt.id).toBe(first.data.attempt.id);
    expect(again.data.attempt.deadline).toBe(first.data.attempt.deadline);
    expect(again.data.attempt.server_now).toBe(new Date(T0.getTime() + minutes(15)).toISOString());
    expect(again.data.attempt.answers).toEqual([
      {
        question_id: questions[1]!.id,
        selected_option: "C",
        seq: 1,
        saved_at: new Date(T0.getTime() + minutes(10)).toISOString(),
      },
    ]);
    const started = await call(startRoute.POST, {
      method: "POST",
      params: { id: String(exam.id) },
      headers: await suite.headersFor(someone.id),
    });
    expect(started.data.attempt.id).toBe(first.data.attempt.id);
  });

  it("still resumes within the grace after the window closed, then auto-submits", async () => {
    const { exam } = await examWithQuestions(suite.db, 1, { openDurationHours: 2 }); // closes T0+1h
    const someone = await suite.candidate();
    setNow(new Date(T0.getTime() + minutes(30)));
    await take(someone.id, exam.id); // deadline T0 + 60 min (the close)
    setNow(new Date(T0.getTime() + minutes(60) + 20_000));
    expect((await take(someone.id, exam.id)).status).toBe(200);
    setNow(new Date(T0.getTime() + minutes(60) + 31_000));
    const after = await take(someone.id, exam.id);
    expect([after.status, after.data.code]).toEqual([400, "exam_already_submitted"]);
    const [attempt] = await suite.db
      .select()
      .from(examAttempts)
      .where(eq(examAttempts.candidateId, someone.id));
    expect(attempt!.submissionKind).toBe("auto");
    expect(attempt!.submittedAt!.toISOString()).toBe(
      new Date(T0.getTime() + minutes(60)).toISOString(),
    );
  });

  it("creates one attempt for parallel first calls", async () => {
    const { exam } = await examWithQuestions(suite.db, 1);
    const someone = await suite.candidate();
    const headers = await suite.headersFor(someone.id);
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        i % 2
          ? takeExam(exam.id, headers)
          : call(startRoute.POST, { method: "POST", params: { id: String(exam.id) }, headers }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(new Set(responses.map((r) => r.data.attempt.id)).size).toBe(1);
    const rows = await suite.db.select().from(examAttempts).where(eq(examAttempts.examId, exam.id));
    expect(rows).toHaveLength(1);
  });

  it("gives each candidate their own attempt", async () => {
    const { exam } = await examWithQuestions(suite.db, 1);
    const one = await suite.candidate();
    const two = await suite.candidate();
    const a = await take(one.id, exam.id);
    advance(minutes(5));
    const b = await take(two.id, exam.id);
    expect(a.data.attempt.id).not.toBe(b.data.attempt.id);
    expect(b.data.attempt.started_at).toBe(new Date(T0.getTime() + minutes(5)).toISOString());
  });
});
