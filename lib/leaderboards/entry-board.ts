// The join from a board entry to its board (same snapshot, same exam), for queries that need both.
import { and, eq } from "drizzle-orm";
import { leaderboardBoards, leaderboardEntries } from "@/db/schema";

export const entryOnItsBoard = and(
  eq(leaderboardBoards.snapshotId, leaderboardEntries.snapshotId),
  eq(leaderboardBoards.examId, leaderboardEntries.examId),
)!;
