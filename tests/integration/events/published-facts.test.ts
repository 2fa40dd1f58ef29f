// The facts the second half's features listen to are written to the event outbox inside the
// transaction that makes them true: an exam's opening and close (scheduled for when they happen,
// moved with the schedule, now when an exam is ended early), an attempt scored, a score recorded
// (automatically or by staff), an account registered.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { eventOutbox, examAttempts, exams } from "@/db/schema";
import { registerUser } from "@/lib/accounts/registration/register-user";
import { visitorContext } from "@/lib/context";
import type { EventName } from "@/lib/events/registry";
import { concludeExam } from "@/lib/exams/conclude";
import { createExam } from "@/lib/exams/create-exam";
import { updateExam } from "@/lib/exams/update-exam";
import { isCurrentWindowEvent } from "@/lib/exams/publish-window-events";
import { recordManualScore } from "@/lib/scoring/record-manual-score";
import { setRegistrationSettings } from "@/lib/registration/registration-settings";
import { scoreAttempt } from "@/lib/scoring/score-attempt";
import { createUser } from "../support/factories";
import {
  at,
  contextAs,
  examWithQuestions,
  hours,
  minutes,
  putAnswer,
  submitAttempt,
  useAttemptsSuite,
} from "../attempts/support";

const suite = useAttemptsSuite();

async function adminContext() {
  const admin = await createUser(suite.db, { userType: "staff", role: "admin" });
  return contextAs(suite.db, { ...admin, userType: "staff" });
}

/** This exam's (or person's) events of one name, oldest first. */
async function published(name: EventName, about: (data: Record<string, unknown>) => boolean) {
  const rows = await suite.db
    .select({ data: eventOutbox.data, availableAt: eventOutbox.availableAt })
    .from(eventOutbox)
    .where(eq(eventOutbox.name, name))
    .orderBy(eventOutbox.createdAt);
  return rows.filter((row) => about(row.data as Record<string, unknown>));
}
const ofExam = (id: number) => (data: Record<string, unknown>) => data.examId === id;

const examBody = (scheduledDate: Date | null) => ({
  title: "Facts exam",
  stage: "screening" as const,
  level: 1,
  description: "",
  scheduled_date: scheduledDate,
  countdown_minutes: 30,
  open_duration_hours: 2,
  is_active: true,
  result_redirect_url: null,
  questions: [],
});

describe("an exam's window", () => {
  it("publishes its opening and its close, due when they happen", async () => {
    const opensAt = new Date(at().getTime() + hours(1));
    const created = await createExam({ ctx: await adminContext(), input: examBody(opensAt) });
    const opened = await published("exam/exam.opened", ofExam(created.id));
    const concluded = await published("exam/exam.concluded", ofExam(created.id));
    expect(opened.map((row) => row.data)).toEqual([
      { examId: created.id, opensAt: opensAt.toISOString() },
    ]);
    expect(opened[0]!.availableAt.toISOString()).toBe(opensAt.toISOString());
    const closesAt = new Date(opensAt.getTime() + hours(2));
    expect(concluded.map((row) => row.data)).toEqual([
      { examId: created.id, concludedAt: closesAt.toISOString(), endedEarly: false },
    ]);
    expect(concluded[0]!.availableAt.toISOString()).toBe(closesAt.toISOString());
  });

  it("publishes nothing for a draft, and moves with a new schedule (the old events go stale)", async () => {
    const ctx = await adminContext();
    const created = await createExam({ ctx, input: examBody(null) });
    expect(await published("exam/exam.opened", ofExam(created.id))).toEqual([]);

    const first = new Date(at().getTime() + hours(1));
    await updateExam({ ctx, input: { id: created.id, changes: { scheduled_date: first } } });
    const later = new Date(at().getTime() + hours(5));
    await updateExam({ ctx, input: { id: created.id, changes: { scheduled_date: later } } });
    const opened = await published("exam/exam.opened", ofExam(created.id));
    expect(opened.map((row) => (row.data as { opensAt: string }).opensAt)).toEqual([
      first.toISOString(),
      later.toISOString(),
    ]);
    const [row] = await suite.db.select().from(exams).where(eq(exams.id, created.id));
    const current = opened.map((event) =>
      isCurrentWindowEvent(row!, event.data as { opensAt: string }),
    );
    expect(current).toEqual([false, true]);
  });

  it("an extension moves the close only; ending early concludes now", async () => {
    const ctx = await adminContext();
    const { exam } = await examWithQuestions(suite.db, 1, {
      scheduledDate: new Date(at().getTime() - minutes(30)),
      openDurationHours: 2,
    });
    await updateExam({ ctx, input: { id: exam.id, changes: { open_duration_hours: 4 } } });
    expect(await published("exam/exam.opened", ofExam(exam.id))).toEqual([]);
    const extendedClose = new Date(exam.scheduledDate!.getTime() + hours(4));
    expect((await published("exam/exam.concluded", ofExam(exam.id))).map((r) => r.data)).toEqual([
      { examId: exam.id, concludedAt: extendedClose.toISOString(), endedEarly: false },
    ]);

    await concludeExam({ ctx, input: { id: exam.id } });
    const concluded = await published("exam/exam.concluded", ofExam(exam.id));
    expect(concluded.at(-1)!.data).toEqual({
      examId: exam.id,
      concludedAt: at().toISOString(),
      endedEarly: true,
    });
    const [row] = await suite.db.select().from(exams).where(eq(exams.id, exam.id));
    expect(isCurrentWindowEvent(row!, concluded[0]!.data as { concludedAt: string })).toBe(false);
    expect(isCurrentWindowEvent(row!, concluded.at(-1)!.data as { concludedAt: string })).toBe(
      true,
    );
  });
});

describe("scores", () => {
  it("scoring an attempt publishes attempt scored and score recorded (auto)", async () => {
    const { exam, questions } = await examWithQuestions(suite.db, 2);
    const { user, headers, attemptId } = await suite.startedCandidate(exam.id);
    expect(
      (await putAnswer(exam.id, questions[0]!.id, headers, { selected_option: "A", seq: 1 }))
        .status,
    ).toBe(200);
    expect((await submitAttempt(exam.id, headers)).status).toBe(201);
    await scoreAttempt({ ctx: contextAs(suite.db, user), input: { attemptId } });
    const facts = { attemptId, examId: exam.id, candidateId: user.id };
    expect((await published("exam/attempt.scored", ofExam(exam.id))).map((r) => r.data)).toEqual([
      { ...facts, score: 50 },
    ]);
    expect((await published("exam/score.recorded", ofExam(exam.id))).map((r) => r.data)).toEqual([
      { ...facts, score: 50, source: "auto" },
    ]);
  });

  it("a staff score publishes score recorded (manual), and rescoring then records nothing", async () => {
    const { exam } = await examWithQuestions(suite.db, 2);
    const { user, headers, attemptId } = await suite.startedCandidate(exam.id);
    expect((await submitAttempt(exam.id, headers)).status).toBe(201);
    await scoreAttempt({ ctx: contextAs(suite.db, user), input: { attemptId } });
    await recordManualScore({
      ctx: await adminContext(),
      input: { id: exam.id, candidate_id: user.id, score: 75.5 },
    });
    await scoreAttempt({ ctx: contextAs(suite.db, user), input: { attemptId } });
    const recorded = (await published("exam/score.recorded", ofExam(exam.id))).map((r) => r.data);
    expect(recorded).toEqual([
      { attemptId, examId: exam.id, candidateId: user.id, score: 0, source: "auto" },
      { attemptId, examId: exam.id, candidateId: user.id, score: 75.5, source: "manual" },
    ]);
    expect(await published("exam/attempt.scored", ofExam(exam.id))).toHaveLength(2);
    const [attempt] = await suite.db
      .select()
      .from(examAttempts)
      .where(eq(examAttempts.id, attemptId));
    expect(attempt!.submittedAt).not.toBeNull();
  });
});

describe("registration", () => {
  it("publishes account registered with the new person's id", async () => {
    await setRegistrationSettings(
      suite.db,
      { is_candidate_reg_open: true, is_staff_reg_open: true },
      null,
    );
    const email = `facts-${Date.now().toString(36)}@example.com`;
    await registerUser({
      ctx: { ...visitorContext("test", null), db: suite.db, clock: { now: at } },
      input: {
        userType: "candidate",
        email,
        first_name: "Ada",
        last_name: "Lovelace",
        phone: "",
        school: "Analytical School",
        password: "Tangerine-Orbit-42",
        password2: "Tangerine-Orbit-42",
        generate_password: false,
      } as never,
    });
    const events = await published("user/account.registered", () => true);
    expect(events.map((row) => (row.data as { userType: string }).userType)).toContain("candidate");
  });
});
