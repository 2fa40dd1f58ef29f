// A domain event → one delivery per live endpoint subscribed to its webhook type, all carrying the
// same `webhook-id` (one per event) and the same body. Run by the fan-out-webhook-event function.
import { and, arrayContains, eq, isNull } from "drizzle-orm";
import { examAttempts, users, webhookEndpoints } from "@/db/schema";
import type { Context } from "@/lib/context";
import type { EventData } from "@/lib/events/registry";
import { issueResultToken } from "@/lib/results/result-token";
import { envelopeBody, type WebhookEventType } from "./event-types";
import { messageIdFor, queueDeliveries } from "./queue-deliveries";

export type WebhookSourceEvent =
  | { name: "user/account.registered"; data: EventData<"user/account.registered"> }
  | { name: "exam/attempt.submitted"; data: EventData<"exam/attempt.submitted"> }
  | { name: "exam/score.recorded"; data: EventData<"exam/score.recorded"> }
  | { name: "leaderboard/published"; data: EventData<"leaderboard/published"> };

type Payload = { type: WebhookEventType; data: Record<string, unknown> } | null;

export async function recordEventDeliveries({
  ctx,
  input,
}: {
  ctx: Context;
  input: { event: WebhookSourceEvent; uniqueId: string };
}): Promise<{ type: WebhookEventType | null; deliveries: number }> {
  const payload = await payloadFor(ctx, input.event);
  if (!payload) return { type: null, deliveries: 0 };
  const now = ctx.clock.now();
  const endpoints = await ctx.db
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.isActive, true),
        isNull(webhookEndpoints.deletedAt),
        arrayContains(webhookEndpoints.events, [payload.type]),
      ),
    );
  if (endpoints.length === 0) return { type: payload.type, deliveries: 0 };
  const messageId = messageIdFor(input.uniqueId);
  const body = envelopeBody(payload.type, now, payload.data);
  const written = await ctx.db.transaction((tx) =>
    queueDeliveries(
      tx,
      endpoints.map((endpoint) => ({
        endpointId: endpoint.id,
        messageId,
        eventType: payload.type,
        body,
      })),
      now,
    ),
  );
  return { type: payload.type, deliveries: written.length };
}

async function payloadFor(ctx: Context, event: WebhookSourceEvent): Promise<Payload> {
  switch (event.name) {
    case "user/account.registered": {
      if (event.data.userType !== "candidate") return null;
      const [user] = await ctx.db
        .select({
          email: users.email,
          firstName: users.firstName,
          lastName: users.lastName,
          dateJoined: users.dateJoined,
        })
        .from(users)
        .where(eq(users.id, event.data.userId));
      if (!user) return null;
      return {
        type: "candidate.registered",
        data: {
          candidate_id: event.data.userId,
          email: user.email,
          first_name: user.firstName,
          last_name: user.lastName,
          registered_at: user.dateJoined.toISOString(),
        },
      };
    }
    case "exam/attempt.submitted": {
      const [attempt] = await ctx.db
        .select({ startedAt: examAttempts.startedAt, submittedAt: examAttempts.submittedAt })
        .from(examAttempts)
        .where(eq(examAttempts.id, event.data.attemptId));
      return {
        type: "attempt.submitted",
        data: {
          attempt_id: event.data.attemptId,
          exam_id: event.data.examId,
          candidate_id: event.data.candidateId,
          submitted_by: event.data.kind === "auto" ? "deadline" : "candidate",
          started_at: attempt?.startedAt.toISOString() ?? null,
          submitted_at: attempt?.submittedAt?.toISOString() ?? null,
        },
      };
    }
    case "exam/score.recorded": {
      const now = ctx.clock.now();
      const token = await issueResultToken(
        {
          examId: event.data.examId,
          candidateId: event.data.candidateId,
          attemptId: event.data.attemptId,
        },
        now,
      );
      return {
        type: "score.recorded",
        data: {
          exam_id: event.data.examId,
          candidate_id: event.data.candidateId,
          attempt_id: event.data.attemptId,
          score: event.data.score,
          source: event.data.source,
          result_token: token,
          result_token_expires_at: new Date(now.getTime() + 15 * 60_000).toISOString(),
        },
      };
    }
    case "leaderboard/published":
      return {
        type: "leaderboard.published",
        data: {
          snapshot_id: event.data.snapshotId,
          board_count: event.data.boardCount,
          entry_count: event.data.entryCount,
          published_at: event.data.publishedAt,
        },
      };
  }
}
