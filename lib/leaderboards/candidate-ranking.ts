// A candidate's current place for their records and dashboard: their entry on the most recently
// concluded board of the latest snapshot; no rank before they are on a published board.
import { and, desc, eq } from "drizzle-orm";
import { leaderboardBoards, leaderboardEntries } from "@/db/schema";
import type { Context } from "@/lib/context";
import { latestSnapshot } from "./snapshot-boards";

export type CandidateRanking = { current_rank: number | null; total_candidates: number };

export async function candidateRanking(
  ctx: Context,
  candidateId: string,
): Promise<CandidateRanking> {
  const snapshot = await latestSnapshot(ctx);
  if (!snapshot) return { current_rank: null, total_candidates: 0 };
  const [row] = await ctx.db
    .select({ rank: leaderboardEntries.rank, total: leaderboardBoards.totalCandidates })
    .from(leaderboardEntries)
    .innerJoin(
      leaderboardBoards,
      and(
        eq(leaderboardBoards.snapshotId, leaderboardEntries.snapshotId),
        eq(leaderboardBoards.examId, leaderboardEntries.examId),
      ),
    )
    .where(
      and(
        eq(leaderboardEntries.snapshotId, snapshot.id),
        eq(leaderboardEntries.candidateId, candidateId),
      ),
    )
    .orderBy(desc(leaderboardBoards.concludedAt), desc(leaderboardBoards.examId))
    .limit(1);
  return row
    ? { current_rank: row.rank, total_candidates: row.total }
    : { current_rank: null, total_candidates: 0 };
}
