// Reading a published snapshot: the latest one, a board in it, and the JSON of a board and its
// entries. Every read goes to the snapshot's tables; nothing is recomputed per request.
import { and, asc, desc, eq, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { leaderboardBoards, leaderboardEntries, leaderboardSnapshots, users } from "@/db/schema";
import { preparedPerDatabase } from "@/db/prepared";
import type { Context } from "@/lib/context";
import { NotFound } from "@/lib/errors";
import { decidedByText, type DecidedBy } from "./ranking";
import type { boardEntry, examDetails } from "./schemas";

export type BoardRow = typeof leaderboardBoards.$inferSelect;
export type Snapshot = { id: number; publishedAt: Date };

// Every board read starts here: prepared once per database (db/prepared.ts).
const latest = preparedPerDatabase((db) =>
  db
    .select({ id: leaderboardSnapshots.id, publishedAt: leaderboardSnapshots.publishedAt })
    .from(leaderboardSnapshots)
    .orderBy(desc(leaderboardSnapshots.id))
    .limit(1)
    .prepare("latest_snapshot"),
);

export async function latestSnapshot(ctx: Context): Promise<Snapshot | null> {
  const [row] = await latest(ctx.db).execute();
  return row ?? null;
}

export async function requireSnapshot(ctx: Context): Promise<Snapshot> {
  const snapshot = await latestSnapshot(ctx);
  if (!snapshot)
    throw new NotFound("No leaderboard has been published yet.", "leaderboard_not_found");
  return snapshot;
}

/** The board of a stage and level: the one shown by default, or the exam asked for. */
export async function findBoard(
  ctx: Context,
  snapshotId: number,
  input: { stage: BoardRow["stage"]; level: number; examId?: number },
): Promise<BoardRow> {
  const [board] = await ctx.db
    .select()
    .from(leaderboardBoards)
    .where(
      and(
        eq(leaderboardBoards.snapshotId, snapshotId),
        eq(leaderboardBoards.stage, input.stage),
        eq(leaderboardBoards.level, input.level),
        input.examId === undefined
          ? eq(leaderboardBoards.isShown, true)
          : eq(leaderboardBoards.examId, input.examId),
      ),
    )
    .limit(1);
  if (!board) {
    throw new NotFound(
      `There is no published leaderboard for ${input.stage} level ${input.level}.`,
      "leaderboard_not_found",
    );
  }
  return board;
}

export function examDetailsOf(board: BoardRow): z.output<typeof examDetails> {
  return {
    id: board.examId,
    title: board.examTitle,
    stage: board.stage,
    level: board.level,
    scheduled_date: board.scheduledDate?.toISOString() ?? null,
    concluded_at: board.concludedAt.toISOString(),
    total_questions: board.totalQuestions,
    total_candidates: board.totalCandidates,
    average_score: board.averageScore,
  };
}

/** The entries of a board (those matching `where`) with their candidates, in the board's order. */
export function selectEntries(ctx: Context, board: BoardRow, where?: SQL) {
  return ctx.db
    .select({
      entry: leaderboardEntries,
      firstName: users.firstName,
      lastName: users.lastName,
      school: users.school,
    })
    .from(leaderboardEntries)
    .innerJoin(users, eq(users.id, leaderboardEntries.candidateId))
    .where(
      and(
        eq(leaderboardEntries.snapshotId, board.snapshotId),
        eq(leaderboardEntries.examId, board.examId),
        where,
      ),
    )
    .orderBy(asc(leaderboardEntries.position))
    .$dynamic();
}

type EntryRow = Awaited<ReturnType<typeof selectEntries>>[number];

export const fullName = (row: { firstName: string | null; lastName: string | null }) =>
  `${row.firstName ?? ""} ${row.lastName ?? ""}`.trim();

export function entryJson(row: EntryRow): z.output<typeof boardEntry> {
  const decidedBy = row.entry.decidedBy as DecidedBy;
  return {
    rank: row.entry.rank,
    position: row.entry.position,
    candidate: { id: row.entry.candidateId, full_name: fullName(row), school: row.school },
    score: row.entry.score,
    time_used: row.entry.timeUsedSeconds,
    submitted_at: row.entry.submittedAt.toISOString(),
    decided_by: decidedBy,
    decided_by_text: decidedByText(decidedBy),
  };
}
