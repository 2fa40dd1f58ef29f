// GET /leaderboard/?stage=&level=[&exam_id=][&page=]: one board of the latest snapshot — its exam,
// the top three, and the rest a page at a time (20), each entry with what decided its place.
import { eq, gt, lte } from "drizzle-orm";
import type { z } from "zod";
import { leaderboardEntries } from "@/db/schema";
import type { Context } from "@/lib/context";
import { pageRequest, type PageOf } from "@/lib/http/pagination";
import { hiddenBoard, leaderboardViewer } from "./access";
import { rankingRule } from "./ranking";
import type { boardEntry, examDetails, leaderboardQuery } from "./schemas";
import {
  entryJson,
  examDetailsOf,
  findBoard,
  requireSnapshot,
  selectEntries,
} from "./snapshot-boards";

type Entry = z.output<typeof boardEntry>;

export type LeaderboardPage = PageOf<Entry> & {
  snapshot_id: number;
  published_at: string;
  ranking_rule: string;
  exam_details: z.output<typeof examDetails>;
  top_three: Entry[];
  viewer_entry: { rank: number; position: number; page: number } | null;
};

export async function getLeaderboard({
  ctx,
  input,
}: {
  ctx: Context;
  input: z.output<typeof leaderboardQuery> & {
    stage: NonNullable<z.output<typeof leaderboardQuery>["stage"]>;
    level: number;
  };
}): Promise<LeaderboardPage> {
  const viewer = leaderboardViewer(ctx);
  if (viewer.scope === "screening" && input.stage !== "screening") throw hiddenBoard();
  const snapshot = await requireSnapshot(ctx);
  const board = await findBoard(ctx, snapshot.id, {
    stage: input.stage,
    level: input.level,
    examId: input.exam_id,
  });
  const page = pageRequest({ ...input, page: input.page ?? 1 });
  const [top, rest, [mine]] = await Promise.all([
    selectEntries(ctx, board, lte(leaderboardEntries.position, 3)),
    selectEntries(ctx, board, gt(leaderboardEntries.position, 3))
      .limit(page.pageSize)
      .offset(page.offset),
    selectEntries(ctx, board, eq(leaderboardEntries.candidateId, viewer.userId)).limit(1),
  ]);
  return {
    snapshot_id: snapshot.id,
    published_at: snapshot.publishedAt.toISOString(),
    ranking_rule: rankingRule,
    exam_details: examDetailsOf(board),
    top_three: top.map(entryJson),
    viewer_entry: mine
      ? {
          rank: mine.entry.rank,
          position: mine.entry.position,
          // The top three are on every page; the rest run page.pageSize to a page after them.
          page: Math.max(1, Math.ceil((mine.entry.position - 3) / page.pageSize)),
        }
      : null,
    items: rest.map(entryJson),
    total: Math.max(0, board.totalCandidates - 3),
    page,
  };
}
