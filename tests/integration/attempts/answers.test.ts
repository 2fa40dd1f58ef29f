// Autosave (seq ordering, grace edge, validation) and submit (merge, parallel, refusals).
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as batchRoute from "@/app/api/v1/exams/[id]/answers/route";
import {
  attemptAnswers,
  eventOutbox,
  examAttempts,
  examQuestions,
  questions as questionTable,
} from "@/db/schema";
import { call } from "../support/http";
import {
  advance,
  createExam,
  createQuestion,
  examWithQuestions,
  minutes,
  putAnswer as put,
  setNow,
  submitAttempt as submit,
  T0,
  takeExam,
  useAttemptsSuite,
} from "./support";

const suite = useAttemptsSuite();

async function started(n = 3) {
  const { exam, questions } = await examWithQuestions(suite.db, n);
  return { exam, questions, ...(await suite.startedCandidate(exam.id)) };
}

const batch = (examId: number, headers: Record<string, string>, answers: unknown[]) =>
  call(batchRoute.POST, {
    method: "POST",
    params: { id: String(examId) },
    headers,
    json: { answers },
  });
const stored = (attemptId: string) =>
  suite.db.select().from(attemptAnswers).where(eq(attemptAnswers.attemptId, attemptId));
const attemptRow = async (attemptId: string) =>
  (await suite.db.select().from(examAttempts).where(eq(examAttempts.id, attemptId)))[0]!;
/** The data of every exam/attempt.submitted event in the outbox. */
const submittedEvents = async () =>
  (
    await suite.db.select().from(eventOutbox).where(eq(eventOutbox.name, "exam/attempt.submitted"))
  ).map((event) => event.data);

describe("autosave", () => {
  it("saves, lets a higher seq win, answers a lower seq with the stored answer (stale), and replays equal seqs", async () => {
    const { exam, questions, headers, attemptId } = await started();
    const q = questions[0]!.id;
    const first = await put(exam.id, q, headers, { selected_option: "B", seq: 5 });
    expect(first.status).toBe(200);
    expect(first.data).toEqual({
      question_id: q,
      selected_option: "B",
      seq: 5,
      saved_at: T0.toISOString(),
      stale: false,
      deadline: new Date(T0.getTime() + minutes(60)).toISOString(),
      server_now: T0.toISOString(),
    });
    advance(1000);
    const lower = await put(exam.id, q, headers, { selected_option: "D", seq: 3 });
    expect(lower.data).toMatchObject({
      selected_option: "B",
      seq: 5,
      stale: true,
      saved_at: T0.toISOString(),
    });
    const equal = await put(exam.id, q, headers, { selected_option: "B", seq: 5 });
    expect(equal.data).toMatchObject({
      selected_option: "B",
      seq: 5,
      stale: false,
      saved_at: T0.toISOString(),
    });
    const higher = await put(exam.id, q, headers, { selected_option: "", seq: 6 });
    expect(higher.data).toMatchObject({ selected_option: "", seq: 6, stale: false });
    const rows = await stored(attemptId);
    expect(rows.map((r) => [r.questionId, r.selectedOption, r.seq])).toEqual([[q, "", 6]]);
  });

  it("accepts writes until deadline + 30 s and refuses them after", async () => {
    const { exam, questions, user, attemptId } = await started();
    setNow(new Date(T0.getTime() + minutes(60) + 29_000));
    const headers = await suite.headersFor(user.id);
    const inGrace = await put(exam.id, questions[0]!.id, headers, { selected_option: "A", seq: 1 });
    expect(inGrace.status).toBe(200);
    setNow(new Date(T0.getTime() + minutes(60) + 31_000));
    const late = await put(exam.id, questions[1]!.id, headers, { selected_option: "A", seq: 1 });
    expect([late.status, late.data.code]).toEqual([403, "exam_not_open"]);
    const lateBatch = await batch(exam.id, headers, [
      { question: questions[1]!.id, selected_option: "A", seq: 2 },
    ]);
    expect([lateBatch.status, lateBatch.data.code]).toEqual([403, "exam_not_open"]);
    const lateSubmit = await submit(exam.id, headers);
    expect([lateSubmit.status, lateSubmit.data.code]).toEqual([403, "exam_not_open"]);
    expect((await stored(attemptId)).map((r) => r.questionId)).toEqual([questions[0]!.id]);
  });

  it("rejects questions outside the exam, archived questions and unknown options, writing nothing", async () => {
    const { exam, questions, headers, attemptId } = await started();
    const stranger = await createQuestion(suite.db);
    const archived = await createQuestion(suite.db);
    const exam2 = await createExam(suite.db, {}, [archived.id]);
    expect(exam2.id).toBeGreaterThan(0);
    await suite.db
      .insert(examQuestions)
      .values({ examId: exam.id, questionId: archived.id, position: 9 });
    await suite.db
      .update(questionTable)
      .set({ isArchived: true, archivedAt: T0 })
      .where(eq(questionTable.id, archived.id));
    const outside = await put(exam.id, stranger.id, headers, { selected_option: "A", seq: 1 });
    expect([outside.status, outside.data.code]).toEqual([400, "invalid_question"]);
    const gone = await put(exam.id, archived.id, headers, { selected_option: "A", seq: 1 });
    expect(gone.data.code).toBe("invalid_question");
    const optionE = await put(exam.id, questions[0]!.id, headers, { selected_option: "E", seq: 1 });
    expect(optionE.status).toBe(400);
    const mixed = await batch(exam.id, headers, [
      { question: questions[0]!.id, selected_option: "A", seq: 1 },
      { question: stranger.id, selected_option: "A", seq: 1 },
      { question: archived.id, selected_option: "B", seq: 1 },
    ]);
    expect([mixed.status, mixed.data.code]).toEqual([400, "invalid_question"]);
    expect(mixed.data.detail).toContain(String(stranger.id));
    expect(mixed.data.detail).toContain(String(archived.id));
    const badSubmit = await submit(exam.id, headers, [
      { question: stranger.id, selected_option: "A" },
    ]);
    expect(badSubmit.data.code).toBe("invalid_question");
    expect(await stored(attemptId)).toHaveLength(0);
    expect((await attemptRow(attemptId)).submittedAt).toBeNull();
  });

  it("saves a batch with per-item seq rules", async () => {
    const { exam, questions, headers, attemptId } = await started();
    await put(exam.id, questions[0]!.id, headers, { selected_option: "C", seq: 10 });
    const response = await batch(exam.id, headers, [
      { question: questions[0]!.id, selected_option: "A", seq: 4 },
      { question: questions[1]!.id, selected_option: "B", seq: 1 },
      { question: questions[1]!.id, selected_option: "D", seq: 2 },
    ]);
    expect(response.status).toBe(200);
    expect(response.data.saved).toEqual([
      {
        question_id: questions[0]!.id,
        selected_option: "C",
        seq: 10,
        saved_at: T0.toISOString(),
        stale: true,
      },
      {
        question_id: questions[1]!.id,
        selected_option: "D",
        seq: 2,
        saved_at: T0.toISOString(),
        stale: false,
      },
    ]);
    expect((await stored(attemptId)).length).toBe(2);
  });

  it("holds one seq rule across the single save and the batch, in either order", async () => {
    // The hot path (save-answer.ts, one prepared statement) and the batch (answer-rules.ts'
    // onSeqConflict) write the same rule twice on purpose; this keeps them the same rule.
    const { exam, questions, headers, attemptId } = await started(1);
    const id = questions[0]!.id;
    expect(
      (await batch(exam.id, headers, [{ question: id, selected_option: "B", seq: 7 }])).status,
    ).toBe(200);
    const older = await put(exam.id, id, headers, { selected_option: "A", seq: 6 });
    expect(older.data).toMatchObject({ selected_option: "B", seq: 7, stale: true });
    const equal = await put(exam.id, id, headers, { selected_option: "C", seq: 7 });
    expect(equal.data).toMatchObject({ selected_option: "B", seq: 7 });
    const newer = await put(exam.id, id, headers, { selected_option: "D", seq: 8 });
    expect(newer.data).toMatchObject({ selected_option: "D", seq: 8, stale: false });
    const rebatch = await batch(exam.id, headers, [{ question: id, selected_option: "A", seq: 8 }]);
    expect(rebatch.data.saved).toMatchObject([{ selected_option: "D", seq: 8 }]);
    expect((await stored(attemptId)).map((row) => [row.selectedOption, row.seq])).toEqual([
      ["D", 8],
    ]);
  });

  it("needs a started attempt (400 attempt_not_started) and a known exam (404)", async () => {
    const { exam, questions } = await examWithQuestions(suite.db, 1);
    const user = await suite.candidate();
    const headers = await suite.headersFor(user.id);
    const response = await put(exam.id, questions[0]!.id, headers, {
      selected_option: "A",
      seq: 1,
    });
    expect([response.status, response.data.code]).toEqual([400, "attempt_not_started"]);
    expect((await submit(exam.id, headers)).data.code).toBe("attempt_not_started");
    expect(
      (await put(987654, questions[0]!.id, headers, { selected_option: "A", seq: 1 })).status,
    ).toBe(404);
  });

  it("keeps each candidate's answers to their own attempt", async () => {
    const one = await started();
    const other = await suite.candidate();
    const otherHeaders = await suite.headersFor(other.id);
    await takeExam(one.exam.id, otherHeaders);
    await put(one.exam.id, one.questions[0]!.id, one.headers, { selected_option: "B", seq: 1 });
    await put(one.exam.id, one.questions[0]!.id, otherHeaders, { selected_option: "D", seq: 1 });
    expect((await submit(one.exam.id, otherHeaders)).status).toBe(201);
    const mine = await stored(one.attemptId);
    expect(mine.map((r) => r.selectedOption)).toEqual(["B"]);
    expect((await attemptRow(one.attemptId)).submittedAt).toBeNull();
  });
});

describe("submit", () => {
  it("records a submit that arrives after the deadline (the page at zero) as automatic, at the deadline", async () => {
    const { exam, questions, attemptId, user } = await started();
    setNow(new Date(T0.getTime() + minutes(60) + 5_000));
    const headers = await suite.headersFor(user.id);
    const response = await submit(exam.id, headers, [
      { question: questions[0]!.id, selected_option: "A" },
    ]);
    expect(response.status).toBe(201);
    const attempt = await attemptRow(attemptId);
    expect(attempt.submissionKind).toBe("auto");
    expect(attempt.submittedAt!.toISOString()).toBe(attempt.deadline.toISOString());
    expect(await submittedEvents()).toContainEqual({
      attemptId,
      examId: exam.id,
      candidateId: user.id,
      kind: "auto",
    });
    expect((await stored(attemptId)).map((r) => r.selectedOption)).toEqual(["A"]);
  });

  it("merges body answers over saved ones, closes the attempt and publishes the event", async () => {
    const { exam, questions, attemptId, user, headers: early } = await started();
    await put(exam.id, questions[0]!.id, early, { selected_option: "B", seq: 7 });
    await put(exam.id, questions[1]!.id, early, { selected_option: "C", seq: 1 });
    advance(minutes(20));
    const headers = await suite.headersFor(user.id);
    const response = await submit(exam.id, headers, [
      { question: questions[1]!.id, selected_option: "A" },
      { question: questions[2]!.id, selected_option: "" },
    ]);
    expect([response.status, response.data]).toEqual([
      201,
      { message: "Answers submitted successfully!" },
    ]);
    const rows = (await stored(attemptId)).sort((a, b) => a.questionId - b.questionId);
    expect(rows.map((r) => r.selectedOption)).toEqual(["B", "A", ""]);
    const attempt = await attemptRow(attemptId);
    expect(attempt.submissionKind).toBe("candidate");
    expect(attempt.submittedAt!.toISOString()).toBe(
      new Date(T0.getTime() + minutes(20)).toISOString(),
    );
    expect(await submittedEvents()).toContainEqual({
      attemptId,
      examId: exam.id,
      candidateId: user.id,
      kind: "candidate",
    });
    const again = await submit(exam.id, headers);
    expect([again.status, again.data.code]).toEqual([400, "exam_already_submitted"]);
    const afterSave = await put(exam.id, questions[0]!.id, headers, {
      selected_option: "D",
      seq: 99,
    });
    expect([afterSave.status, afterSave.data.code]).toEqual([400, "exam_already_submitted"]);
    const retake = await takeExam(exam.id, headers);
    expect(retake.data.code).toBe("exam_already_submitted");
  });

  it("lets exactly one of parallel submits through", async () => {
    const { exam, headers, attemptId } = await started();
    const responses = await Promise.all(Array.from({ length: 4 }, () => submit(exam.id, headers)));
    expect(responses.map((r) => r.status).sort()).toEqual([201, 400, 400, 400]);
    expect(
      responses
        .filter((r) => r.status === 400)
        .every((r) => r.data.code === "exam_already_submitted"),
    ).toBe(true);
    const events = await submittedEvents();
    expect(
      events.filter((data) => (data as { attemptId: string }).attemptId === attemptId),
    ).toHaveLength(1);
  });

  it("never loses an acknowledged autosave racing the submit", async () => {
    const { exam, questions, headers, attemptId } = await started(8);
    const saves = questions.map((question) =>
      put(exam.id, question.id, headers, { selected_option: "B", seq: 1 }),
    );
    const [submitted, ...responses] = await Promise.all([submit(exam.id, headers), ...saves]);
    expect(submitted.status).toBe(201);
    const rows = await stored(attemptId);
    responses.forEach((response, i) => {
      const row = rows.find((r) => r.questionId === questions[i]!.id);
      if (response.status === 200) expect(row?.selectedOption).toBe("B");
      else {
        expect(response.data.code).toBe("exam_already_submitted");
        expect(row).toBeUndefined();
      }
    });
  });
});
