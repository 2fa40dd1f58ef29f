// A candidate's current place for their records and dashboard: their entry on the most recently
// concluded board of the latest snapshot; no rank before they are on a published board.
import { and, desc, eq, sql } from "drizzle-orm";
import { leaderboardBoards, leaderboardEntries, leaderboardSnapshots } from "@/db/schema";
import { entryOnItsBoard } from "./entry-board";
import { preparedPerDatabase } from "@/db/prepared";
import type { Context } from "@/lib/context";

export type CandidateRanking = { current_rank: number | null; total_candidates: number };

// One round trip, prepared (db/prepared.ts): the latest snapshot is chosen inside the query.
const latestEntry = preparedPerDatabase((db) =>
  db
    .select({ rank: leaderboardEntries.rank, total: leaderboardBoards.totalCandidates })
    .from(leaderboardEntries)
    .innerJoin(leaderboardBoards, entryOnItsBoard)
    .where(
      and(
        eq(
          leaderboardEntries.snapshotId,
          sql`(select max(${leaderboardSnapshots.id}) from ${leaderboardSnapshots})`,
        ),
        eq(leaderboardEntries.candidateId, sql.placeholder("candidateId")),
      ),
    )
    .orderBy(desc(leaderboardBoards.concludedAt), desc(leaderboardBoards.examId))
    .limit(1)
    .prepare("candidate_ranking"),
);

export async function candidateRanking(
  ctx: Context,
  candidateId: string,
): Promise<CandidateRanking> {
  const [row] = await latestEntry(ctx.db).execute({ candidateId });
  return row
    ? { current_rank: row.rank, total_candidates: row.total }
    : { current_rank: null, total_candidates: 0 };
}
