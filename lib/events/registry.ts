// Every event the platform emits: its name (`domain/noun.verb`), its payload schema, who publishes
// it and who listens. Domain code depends on this module, not on the Inngest SDK: an event is
// written to the outbox inside the transaction that makes it true (lib/jobs/publish-event.ts), and
// delivered after commit to every function it triggers (in-process, or through Inngest).
import { z } from "zod";

const examId = z.number().int().positive();

export const eventSchemas = {
  /** lib/email/queue-email → deliver-email. */
  "email/message.queued": z.object({ emailId: z.uuid() }),

  /** A person registered (API or form) → notifications, webhooks (`candidate.registered`). */
  "user/account.registered": z.object({
    userId: z.uuid(),
    userType: z.enum(["candidate", "staff"]),
  }),

  /**
   * lib/verification/review-verification → a notification to the person
   * (notify-verification-reviewed).
   */
  "user/verification.reviewed": z.object({
    verificationId: z.uuid(),
    userId: z.uuid(),
    status: z.enum(["approved", "rejected"]),
    reviewedById: z.uuid().nullable(),
  }),

  /**
   * An exam's window opened (published when its schedule is set, due at the opening instant; a
   * listener checks the exam still opens then) → notifications to every candidate who may take it
   * (notify-exam-opened), leaderboards, monitoring.
   */
  "exam/exam.opened": z.object({ examId, opensAt: z.iso.datetime() }),

  /** An exam's window closed: at its scheduled close, or ended early by an admin. */
  "exam/exam.concluded": z.object({
    examId,
    concludedAt: z.iso.datetime(),
    endedEarly: z.boolean(),
  }),

  /**
   * An attempt was closed (by the candidate, automatically at its deadline, or when the exam was
   * ended early) → score-submitted-attempt; webhooks (`attempt.submitted`).
   */
  "exam/attempt.submitted": z.object({
    attemptId: z.uuid(),
    examId,
    candidateId: z.uuid(),
    kind: z.enum(["candidate", "auto"]),
  }),

  /** The automatic scorer scored an attempt (lib/scoring) → realtime result, leaderboards. */
  "exam/attempt.scored": z.object({
    attemptId: z.uuid(),
    examId,
    candidateId: z.uuid(),
    score: z.number(),
  }),

  /**
   * A score row was written: automatically (`auto`) or by staff (`manual`) → the candidate's
   * result page (realtime, push-score-recorded), a notification to the candidate
   * (notify-score-recorded), leaderboards, webhooks (`score.recorded`).
   */
  "exam/score.recorded": z.object({
    examId,
    candidateId: z.uuid(),
    attemptId: z.uuid().nullable(),
    score: z.number(),
    source: z.enum(["auto", "manual"]),
  }),

  /** An admin asked for a leaderboard (POST /leaderboard/publish/) → build-leaderboard-snapshot. */
  "leaderboard/publish.requested": z.object({
    requestedById: z.uuid().nullable(),
    requestedAt: z.iso.datetime(),
  }),

  /**
   * A snapshot was written whole (lib/leaderboards) → notifications to everyone on a shown board
   * (notify-leaderboard-published), webhooks.
   */
  "leaderboard/published": z.object({
    snapshotId: z.number().int().positive(),
    boardCount: z.number().int(),
    entryCount: z.number().int(),
    publishedAt: z.iso.datetime(),
  }),

  /** A broadcast was created (lib/broadcasts) → its fan-out to the targeted people. */
  "broadcast/broadcast.created": z.object({ broadcastId: z.number().int().positive() }),

  /**
   * A webhook delivery was recorded (fan-out of a domain event, a test event, a replay) →
   * deliver-webhook, which tries it until it succeeds or its day of retries is over.
   */
  "webhook/delivery.queued": z.object({ deliveryId: z.uuid(), endpointId: z.uuid() }),

  /** A question's correct_answer changed (lib/questions) → rescore every attempt that answered it. */
  "question/answer.corrected": z.object({ questionId: z.number().int() }),
} as const;

export type EventName = keyof typeof eventSchemas;
export type EventData<N extends EventName> = z.output<(typeof eventSchemas)[N]>;
/** An event as published: a name and its payload. */
export type OutgoingEvent = { [N in EventName]: { name: N; data: EventData<N> } }[EventName];

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(eventSchemas, name);
}

/** Validate an event's payload against its schema (when writing it to the outbox). */
export function parseEventData<N extends EventName>(name: N, data: unknown): EventData<N> {
  return (eventSchemas[name] as unknown as z.ZodType<EventData<N>>).parse(data);
}
