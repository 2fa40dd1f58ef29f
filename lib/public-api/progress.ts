// Where each candidate stands on each exam they are tied to — invited, started, submitted or
// scored — as rows of (candidate, exam). The pairs come from all three sources, so a candidate who
// registered alone and took an exam is listed as much as one who was invited. Only published exams
// appear, so the public API never names an exam that /public/exams/ hides.
import { and, count, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { union, type AnyPgColumn } from "drizzle-orm/pg-core";
import { examAttempts, examInvitations, exams, examScores, users } from "@/db/schema";
import type { Context } from "@/lib/context";
import { round2 } from "@/lib/exams/shape";
import { invitationStatusSql, type InvitationStatus } from "@/lib/invitations/invitation-status";
import { publishedExamConditions } from "./published-exams";

export type PairFilter = { examId?: number; candidateIds?: string[] };

/** (exam_id, user_id) of every invitation, attempt and score matching the filter. */
export function pairsOf(ctx: Context, filter: PairFilter) {
  const matching = (examId: AnyPgColumn, userId: AnyPgColumn) =>
    and(
      filter.examId === undefined ? undefined : eq(examId, filter.examId),
      filter.candidateIds === undefined ? undefined : inArray(userId, filter.candidateIds),
    );
  return union(
    ctx.db
      .select({ examId: examInvitations.examId, userId: examInvitations.userId })
      .from(examInvitations)
      .where(matching(examInvitations.examId, examInvitations.userId)),
    ctx.db
      .select({ examId: examAttempts.examId, userId: examAttempts.candidateId })
      .from(examAttempts)
      .where(matching(examAttempts.examId, examAttempts.candidateId)),
    ctx.db
      .select({ examId: examScores.examId, userId: examScores.candidateId })
      .from(examScores)
      .where(matching(examScores.examId, examScores.candidateId)),
  ).as("pairs");
}

export type ProgressRow = {
  candidateId: string;
  email: string;
  firstName: string;
  lastName: string;
  examId: number;
  examTitle: string;
  invitationStatus: InvitationStatus | null;
  startedAt: Date | null;
  submittedAt: Date | null;
  score: number | null;
};

/**
 * The progress rows of the pairs matching `filter`. Deleted people are left out, and so are exams
 * integrators cannot see (drafts, cancelled, deleted), as in /public/exams/.
 */
export function progressQuery(ctx: Context, filter: PairFilter) {
  const pairs = pairsOf(ctx, filter);
  const invitationStatus = sql<InvitationStatus | null>`case
    when ${examInvitations.id} is null then null else ${invitationStatusSql()} end`;
  return ctx.db
    .select({
      candidateId: users.id,
      email: users.email,
      firstName: users.firstName,
      lastName: users.lastName,
      examId: exams.id,
      examTitle: exams.title,
      invitationStatus,
      startedAt: examAttempts.startedAt,
      submittedAt: examAttempts.submittedAt,
      score: examScores.score,
    })
    .from(pairs)
    .innerJoin(users, and(eq(users.id, pairs.userId), isNull(users.deletedAt)))
    .innerJoin(exams, and(eq(exams.id, pairs.examId), ...publishedExamConditions(ctx.clock.now())))
    .leftJoin(
      examInvitations,
      and(eq(examInvitations.examId, pairs.examId), eq(examInvitations.userId, pairs.userId)),
    )
    .leftJoin(
      examAttempts,
      and(eq(examAttempts.examId, pairs.examId), eq(examAttempts.candidateId, pairs.userId)),
    )
    .leftJoin(
      examScores,
      and(eq(examScores.examId, pairs.examId), eq(examScores.candidateId, pairs.userId)),
    )
    .$dynamic();
}

export function progressFields(row: ProgressRow) {
  return {
    invitation_status: row.invitationStatus,
    attempt_status: row.submittedAt
      ? ("submitted" as const)
      : row.startedAt
        ? ("in_progress" as const)
        : ("not_started" as const),
    started_at: row.startedAt?.toISOString() ?? null,
    submitted_at: row.submittedAt?.toISOString() ?? null,
    score: row.score === null ? null : round2(row.score),
  };
}

/** How many progress rows match `filter` and `where` (on users). */
export async function progressCount(ctx: Context, filter: PairFilter, where: SQL | undefined) {
  const pairs = pairsOf(ctx, filter);
  const [row] = await ctx.db
    .select({ value: count() })
    .from(pairs)
    .innerJoin(users, and(eq(users.id, pairs.userId), isNull(users.deletedAt)))
    .innerJoin(exams, and(eq(exams.id, pairs.examId), ...publishedExamConditions(ctx.clock.now())))
    .where(where);
  return row?.value ?? 0;
}
