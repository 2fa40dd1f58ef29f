// Notifications about events that concern a person, through the real listeners on the in-process
// runner: a verification reviewed (the real review operation), an exam opening (only the
// candidates who may take it, a batch at a time), a score recorded (the real manual-score
// operation), a leaderboard published (the demo's own publish). Each reaches the right people
// once — a redelivered event adds nothing, a stale one (superseded since) tells nobody — and is
// pushed on their channel.
import { and, eq, inArray } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { eventOutbox, jobRuns, notifications, users, userVerifications } from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { examsSeeder } from "@/db/seed/seeders/exams";
import { leaderboardsSeeder } from "@/db/seed/seeders/leaderboards";
import { peopleSeeder } from "@/db/seed/seeders/people";
import { verificationsSeeder } from "@/db/seed/seeders/verifications";
import { notifyExamOpenedFunction } from "@/inngest/functions/notifications/notify-exam-opened";
import { notifyLeaderboardPublishedFunction } from "@/inngest/functions/notifications/notify-leaderboard-published";
import { notifyScoreRecordedFunction } from "@/inngest/functions/notifications/notify-score-recorded";
import { notifyVerificationReviewedFunction } from "@/inngest/functions/notifications/notify-verification-reviewed";
import { stepThroughBatches } from "@/inngest/step-batches";
import { systemClock, systemContext } from "@/lib/context";
import type { EventName, OutgoingEvent } from "@/lib/events/registry";
import type { StepTools } from "@/lib/jobs/function-definition";
import { InProcessRunner } from "@/lib/jobs/in-process-runner";
import { publishEvent } from "@/lib/jobs/publish-event";
import { notifyExamOpened } from "@/lib/notifications/notify-exam-opened";
import { setRealtime, type RealtimePort } from "@/lib/realtime";
import { recordManualScore } from "@/lib/scoring/record-manual-score";
import { reviewVerification } from "@/lib/verification/review-verification";
import { at, contextAs, hours, minutes, useAttemptsSuite } from "../attempts/support";
import { createExamRow } from "../support/exam-factories";

const suite = useAttemptsSuite();

/** Records what would be pushed (Pusher is the outside world here). */
const pushed: { channel: string; subject: string }[] = [];
const recordingRealtime = {
  publishBatch: async (
    events: { channel: { name: string }; payload: { message: { subject: string } } }[],
  ) => {
    for (const event of events) {
      pushed.push({ channel: event.channel.name, subject: event.payload.message.subject });
    }
  },
} as unknown as RealtimePort;

beforeEach(async () => {
  await suite.db.delete(eventOutbox);
  await suite.db.delete(jobRuns);
  await suite.db.delete(notifications);
  pushed.length = 0;
  setRealtime(recordingRealtime);
  return () => setRealtime(undefined);
});

const functions = [
  notifyVerificationReviewedFunction,
  notifyExamOpenedFunction,
  notifyScoreRecordedFunction,
  notifyLeaderboardPublishedFunction,
];

async function deliver(...events: OutgoingEvent[]) {
  for (const event of events) await publishEvent(suite.db, event);
  const runner = new InProcessRunner({
    db: suite.db,
    functions,
    clock: { now: () => new Date(Date.now() + 1_000) },
  });
  for (let i = 0; i < 3; i += 1) await runner.tick();
}

/** The events of `name` in the outbox (delivered or not), oldest first: to deliver them again. */
const eventsNamed = async (name: EventName) =>
  (
    await suite.db
      .select({ name: eventOutbox.name, data: eventOutbox.data })
      .from(eventOutbox)
      .where(eq(eventOutbox.name, name))
      .orderBy(eventOutbox.createdAt)
  ).map((row) => row as OutgoingEvent);

const notificationsOf = async (userIds: string[]) =>
  suite.db
    .select({
      userId: notifications.userId,
      subject: notifications.subject,
      message: notifications.message,
    })
    .from(notifications)
    .where(inArray(notifications.userId, userIds));

describe("notifications about events", () => {
  it("tells a person their verification was rejected (with the reason), then approved", async () => {
    const person = await suite.candidate({ role: "screening", isUserVerified: false });
    const [verification] = await suite.db
      .insert(userVerifications)
      .values({ userId: person.id, submittedAt: new Date() })
      .returning({ id: userVerifications.id });
    const manager = await suite.candidate({ userType: "staff", role: "manager" });
    const ctx = contextAs(
      suite.db,
      { id: manager.id, role: "manager", userType: "staff" },
      () => new Date(),
    );
    await reviewVerification({
      ctx,
      input: {
        verificationId: verification!.id,
        isRejected: true,
        rejectionReason: "The photo is blurred",
      },
    });
    await deliver();
    const rejected = {
      userId: person.id,
      subject: "Your verification was not accepted",
      message:
        "Your identity documents were not accepted: The photo is blurred. You can send new documents on the Verification page.",
    };
    expect(await notificationsOf([person.id])).toEqual([rejected]);
    const [rejection] = await eventsNamed("user/verification.reviewed");
    await deliver(rejection!); // redelivered
    expect(await notificationsOf([person.id])).toEqual([rejected]);

    await reviewVerification({
      ctx,
      input: { verificationId: verification!.id, isApproved: true },
    });
    await deliver();
    // The rejection delivered again after the approval is stale: it tells nothing.
    await deliver(rejection!);
    const subjects = (await notificationsOf([person.id])).map((row) => row.subject).sort();
    expect(subjects).toEqual(["Your identity is verified", "Your verification was not accepted"]);
    expect(pushed).toEqual([
      { channel: `private-user-${person.id}`, subject: "Your verification was not accepted" },
      { channel: `private-user-${person.id}`, subject: "Your identity is verified" },
    ]);
  });

  it("tells the candidates who may take an opening exam, and nobody else, once", async () => {
    await suite.db.delete(users).where(inArray(users.role, ["league"]));
    const may = [
      await suite.candidate({ role: "league" }),
      await suite.candidate({ role: "league" }),
    ];
    const mayNot = [
      await suite.candidate({ role: "league", isUserVerified: false }),
      await suite.candidate({ role: "league", isActive: false }),
      await suite.candidate({ role: "league", deletedAt: new Date() }),
      await suite.candidate({ role: "final" }),
      await suite.candidate({ role: "screening" }),
    ];
    const opensAt = new Date(at().getTime() - minutes(1));
    const exam = await createExamRow(suite.db, {
      title: "League round 3",
      stage: "league",
      scheduledDate: opensAt,
      openDurationHours: 48,
      countdownMinutes: 30,
    });
    const opened = {
      name: "exam/exam.opened" as const,
      data: { examId: exam.id, opensAt: opensAt.toISOString() },
    };
    await deliver(opened);
    const got = await notificationsOf([...may, ...mayNot].map((person) => person.id));
    expect(got.map((row) => row.userId).sort()).toEqual(may.map((person) => person.id).sort());
    expect(got[0]).toEqual({
      userId: expect.any(String),
      subject: "League round 3 is open",
      message:
        "It stays open for 48 hours, and you have 30 minutes once you begin. Start it from the Exams page.",
    });
    expect(pushed.map((each) => each.channel).sort()).toEqual(
      may.map((person) => `private-user-${person.id}`).sort(),
    );

    await deliver(opened); // redelivered
    expect(await notificationsOf(may.map((person) => person.id))).toHaveLength(2);
    expect(pushed).toHaveLength(2);
    // An opening the schedule no longer has (the exam was moved) tells nobody.
    await deliver({
      name: "exam/exam.opened",
      data: { examId: exam.id, opensAt: new Date(opensAt.getTime() - hours(1)).toISOString() },
    });
    expect(await notificationsOf(may.map((person) => person.id))).toHaveLength(2);
  });

  it("tells nobody that an exam is open once its window has closed (ended early)", async () => {
    const candidate = await suite.candidate({ role: "league" });
    const opensAt = new Date(at().getTime() - hours(2));
    const exam = await createExamRow(suite.db, {
      stage: "league",
      scheduledDate: opensAt,
      openDurationHours: 48,
      endedEarlyAt: new Date(at().getTime() - hours(1)),
    });
    await deliver({
      name: "exam/exam.opened",
      data: { examId: exam.id, opensAt: opensAt.toISOString() },
    });
    expect(await notificationsOf([candidate.id])).toEqual([]);
    expect(pushed).toEqual([]);
  });

  it("goes through a final exam's candidates (finalists and winners) a batch at a time", async () => {
    await suite.db.delete(users).where(inArray(users.role, ["final", "winner"]));
    const may = [
      await suite.candidate({ role: "final" }),
      await suite.candidate({ role: "winner" }),
      await suite.candidate({ role: "final" }),
    ];
    const league = await suite.candidate({ role: "league" });
    const opensAt = new Date(at().getTime() - minutes(5));
    const exam = await createExamRow(suite.db, { stage: "final", scheduledDate: opensAt });
    const step = { run: (_id: string, body: () => unknown) => body() } as unknown as StepTools;
    const batches = await stepThroughBatches(step, (after) =>
      notifyExamOpened({
        ctx: systemContext(),
        input: { examId: exam.id, opensAt: opensAt.toISOString(), after, size: 1 },
      }),
    );
    expect(batches.map((batch) => batch.notified)).toEqual([1, 1, 1, 0]);
    expect(batches.map((batch) => batch.last)).toEqual([
      ...may.map((person) => person.id).sort(),
      null,
    ]);
    const got = await notificationsOf([...may, league].map((person) => person.id));
    expect(got.map((row) => row.userId).sort()).toEqual(may.map((person) => person.id).sort());
  });

  it("tells a candidate their score once, again when staff correct it, never a stale one", async () => {
    const candidate = await suite.candidate({ role: "screening" });
    const other = await suite.candidate({ role: "screening" });
    const admin = await suite.candidate({ userType: "staff", role: "admin" });
    const ctx = contextAs(suite.db, { id: admin.id, role: "admin", userType: "staff" });
    const exam = await createExamRow(suite.db, { title: "Screening quiz" });
    const record = (score: number) =>
      recordManualScore({ ctx, input: { id: exam.id, candidate_id: candidate.id, score } });

    await record(72.5);
    await deliver();
    const [first] = await eventsNamed("exam/score.recorded");
    await deliver(first!); // redelivered
    expect(await notificationsOf([candidate.id, other.id])).toEqual([
      {
        userId: candidate.id,
        subject: "Your score for Screening quiz",
        message:
          "Your score is 72.50%, entered by the exam staff. Your result is on the exam's page under Exams.",
      },
    ]);

    await record(80);
    await deliver();
    // The first score delivered again after the correction is stale: it tells nothing.
    await deliver(first!);
    expect((await notificationsOf([candidate.id])).map((row) => row.message).sort()).toEqual([
      "Your score is 72.50%, entered by the exam staff. Your result is on the exam's page under Exams.",
      "Your score is 80.00%, entered by the exam staff. Your result is on the exam's page under Exams.",
    ]);
    expect(pushed).toHaveLength(2);

    // Corrected twice before the listener runs: only the score that stands is told.
    await record(90);
    await record(85.25);
    await deliver();
    const messages = (await notificationsOf([candidate.id])).map((row) => row.message);
    expect(messages).toHaveLength(3);
    expect(messages).toContain(
      "Your score is 85.25%, entered by the exam staff. Your result is on the exam's page under Exams.",
    );
    expect(pushed).toEqual(
      Array(3).fill({
        channel: `private-user-${candidate.id}`,
        subject: "Your score for Screening quiz",
      }),
    );
  });
});

describe("a published leaderboard", () => {
  it("tells everyone on a shown board where they stand, once", async () => {
    await seedDemoData(suite.db, systemClock, [
      peopleSeeder,
      verificationsSeeder,
      examsSeeder,
      leaderboardsSeeder,
    ]);
    // The demo's publish wrote leaderboard/published to the outbox; run its listener.
    await deliver();
    const [published] = await eventsNamed("leaderboard/published");
    await deliver(published!); // redelivered
    const [zainab] = await suite.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "league.candidate@demo.example.com"));
    const hers = await suite.db
      .select({ subject: notifications.subject, message: notifications.message })
      .from(notifications)
      .where(
        and(
          eq(notifications.userId, zainab!.id),
          eq(notifications.subject, "The leaderboard is published"),
        ),
      );
    expect(hers).toEqual([
      {
        subject: "The leaderboard is published",
        message: expect.stringMatching(
          /^You are \d+(st|nd|rd|th) of \d+ on Screening, round 1; \d+(st|nd|rd|th) of 11 on League, round 1\. See the Leaderboards page\.$/,
        ),
      },
    ]);
    expect(pushed).toContainEqual({
      channel: `private-user-${zainab!.id}`,
      subject: "The leaderboard is published",
    });
    // Nobody is told twice about the one snapshot.
    const leaderboardNotifications = await suite.db
      .select({ userId: notifications.userId })
      .from(notifications)
      .where(eq(notifications.subject, "The leaderboard is published"));
    const people = leaderboardNotifications.map((row) => row.userId);
    expect(people.length).toBeGreaterThan(10);
    expect(new Set(people).size).toBe(people.length);
    // The seeded scores were recorded too: their listener told her of each.
    const scores = await suite.db
      .select({ subject: notifications.subject })
      .from(notifications)
      .where(eq(notifications.userId, zainab!.id));
    expect(scores.map((row) => row.subject)).toContain("Your score for League round 1 — last week");
  });
});
