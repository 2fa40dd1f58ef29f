// GET /leaderboard/ without stage and level: the boards of the latest snapshot the viewer may see
// (one per stage and level). Before the first publish: no snapshot and an empty list.
import { and, asc, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { leaderboardBoards } from "@/db/schema";
import type { Context } from "@/lib/context";
import { stageDisplay } from "@/lib/exams/status";
import { leaderboardViewer } from "./access";
import { rankingRule } from "./ranking";
import type { leaderboardSummary } from "./schemas";
import { latestSnapshot } from "./snapshot-boards";

export async function listLeaderboards({
  ctx,
}: {
  ctx: Context;
}): Promise<z.output<typeof leaderboardSummary>> {
  const viewer = leaderboardViewer(ctx);
  const snapshot = await latestSnapshot(ctx);
  if (!snapshot) {
    return {
      snapshot_id: null,
      published_at: null,
      ranking_rule: rankingRule,
      available_leaderboards: [],
    };
  }
  const boards = await ctx.db
    .select()
    .from(leaderboardBoards)
    .where(
      and(
        eq(leaderboardBoards.snapshotId, snapshot.id),
        eq(leaderboardBoards.isShown, true),
        viewer.scope === "screening" ? eq(leaderboardBoards.stage, "screening") : undefined,
      ),
    )
    .orderBy(
      sql`array_position(array['screening','league','final']::exam_stage[], ${leaderboardBoards.stage})`,
      asc(leaderboardBoards.level),
    );
  return {
    snapshot_id: snapshot.id,
    published_at: snapshot.publishedAt.toISOString(),
    ranking_rule: rankingRule,
    available_leaderboards: boards.map((board) => ({
      stage: board.stage,
      level: board.level,
      stage_display: stageDisplay(board),
      exam_id: board.examId,
      exam_title: board.examTitle,
      total_candidates: board.totalCandidates,
      average_score: board.averageScore,
    })),
  };
}
