// Notifications about events that concern a person, through the real listeners on the in-process
// runner: a verification reviewed (the real review operation), an exam opening (only the
// candidates who may take it), a score recorded, a leaderboard published (the demo's own publish).
// Each reaches the right people once — a redelivered event adds nothing — and is pushed on their
// channel.
import { randomUUID } from "node:crypto";
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
import { systemClock } from "@/lib/context";
import type { OutgoingEvent } from "@/lib/events/registry";
import { InProcessRunner } from "@/lib/jobs/in-process-runner";
import { publishEvent } from "@/lib/jobs/publish-event";
import { setRealtime, type RealtimePort } from "@/lib/realtime";
import { reviewVerification } from "@/lib/verification/review-verification";
import { contextAs, useAttemptsSuite } from "../attempts/support";
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
    expect(await notificationsOf([person.id])).toEqual([
      {
        userId: person.id,
        subject: "Your verification was not accepted",
        message:
          "Your identity documents were not accepted: The photo is blurred. You can send new documents on the Verification page.",
      },
    ]);

    await reviewVerification({
      ctx,
      input: { verificationId: verification!.id, isApproved: true },
    });
    await deliver();
    const subjects = (await notificationsOf([person.id])).map((row) => row.subject).sort();
    expect(subjects).toEqual(["Your identity is verified", "Your verification was not accepted"]);
    expect(pushed.map((each) => each.channel)).toEqual([
      `private-user-${person.id}`,
      `private-user-${person.id}`,
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
      await suite.candidate({ role: "final" }),
    ];
    const opensAt = new Date(Date.now() - 60_000);
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
    expect(got[0]).toMatchObject({
      subject: "League round 3 is open",
      message: expect.stringContaining("30 minutes once you begin"),
    });

    await deliver(opened); // redelivered
    expect(await notificationsOf(may.map((person) => person.id))).toHaveLength(2);
    // An opening the schedule no longer has (the exam was moved) tells nobody.
    await deliver({
      name: "exam/exam.opened",
      data: { examId: exam.id, opensAt: new Date(Date.now() - 3_600_000).toISOString() },
    });
    expect(await notificationsOf(may.map((person) => person.id))).toHaveLength(2);
  });

  it("tells a candidate their score once, and again when it changes", async () => {
    const candidate = await suite.candidate({ role: "screening" });
    const exam = await createExamRow(suite.db, { title: "Screening quiz" });
    const recorded = (score: number): OutgoingEvent => ({
      name: "exam/score.recorded",
      data: {
        examId: exam.id,
        candidateId: candidate.id,
        attemptId: randomUUID(),
        score,
        source: "auto",
      },
    });
    const first = recorded(72.5);
    await deliver(first);
    await deliver(first);
    expect(await notificationsOf([candidate.id])).toEqual([
      {
        userId: candidate.id,
        subject: "Your score for Screening quiz",
        message: "Your score is 72.50%. Your result is on the exam's page under Exams.",
      },
    ]);
    await deliver({
      name: "exam/score.recorded",
      data: { ...first.data, score: 80, source: "manual" } as never,
    });
    expect((await notificationsOf([candidate.id])).map((row) => row.message)).toContain(
      "Your score is 80.00%, entered by the exam staff. Your result is on the exam's page under Exams.",
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
    await deliver();
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
    // The seeded scores were recorded too: their listener told her of each.
    const scores = await suite.db
      .select({ subject: notifications.subject })
      .from(notifications)
      .where(eq(notifications.userId, zainab!.id));
    expect(scores.map((row) => row.subject)).toContain("Your score for League round 1 — last week");
  });
});
