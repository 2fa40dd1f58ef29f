// GET /leaderboard/?stage=&level=[&exam_id=][&page=]: one board of the latest snapshot — its exam,
// the top three, and the rest a page at a time (20), each entry with what decided its place.
import { and, eq, gt, lte, sql } from "drizzle-orm";
import { preparedPerDatabase } from "@/db/prepared";
import type { z } from "zod";
import { leaderboardEntries } from "@/db/schema";
import type { Context } from "@/lib/context";
import { pageRequest, type PageOf } from "@/lib/http/pagination";
import { sharedRead } from "@/lib/shared-reads";
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

/** How long a process reuses a published page (names and deletions show within this time). */
const publishedPageMaxAgeMs = 60_000;

export type LeaderboardPage = PageOf<Entry> & {
  snapshot_id: number;
  published_at: string;
  ranking_rule: string;
  exam_details: z.output<typeof examDetails>;
  top_three: Entry[];
  viewer_entry: { rank: number; position: number; page: number } | null;
};

// The viewer's own place, read on every board request: prepared once per database.
const viewerPlace = preparedPerDatabase((db) =>
  db
    .select({ rank: leaderboardEntries.rank, position: leaderboardEntries.position })
    .from(leaderboardEntries)
    .where(
      and(
        eq(leaderboardEntries.snapshotId, sql.placeholder("snapshotId")),
        eq(leaderboardEntries.examId, sql.placeholder("examId")),
        eq(leaderboardEntries.candidateId, sql.placeholder("candidateId")),
      ),
    )
    .limit(1)
    .prepare("viewer_place"),
);

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
  const page = pageRequest({ ...input, page: input.page ?? 1 });
  // A published page never changes: the process reuses it for a while (lib/shared-reads.ts);
  // only the viewer's own place is read for each request.
  const shared = await sharedRead(
    ctx,
    `board:${snapshot.id}:${input.stage}:${input.level}:${input.exam_id ?? ""}:${page.page}:${page.pageSize}`,
    publishedPageMaxAgeMs,
    async () => {
      const board = await findBoard(ctx, snapshot.id, {
        stage: input.stage,
        level: input.level,
        examId: input.exam_id,
      });
      const [top, rest] = await Promise.all([
        selectEntries(ctx, board, lte(leaderboardEntries.position, 3)),
        // Positions run 1…n without gaps (row_number), so a page is a range of them: read
        // straight from the index, however deep the page (an OFFSET would join every skipped
        // entry first).
        selectEntries(
          ctx,
          board,
          and(
            gt(leaderboardEntries.position, 3 + page.offset),
            lte(leaderboardEntries.position, 3 + page.offset + page.pageSize),
          ),
        ),
      ]);
      return { board, top: top.map(entryJson), rest: rest.map(entryJson) };
    },
  );
  const { board } = shared;
  const [mine] = await viewerPlace(ctx.db).execute({
    snapshotId: board.snapshotId,
    examId: board.examId,
    candidateId: viewer.userId,
  });
  return {
    snapshot_id: snapshot.id,
    published_at: snapshot.publishedAt.toISOString(),
    ranking_rule: rankingRule,
    exam_details: examDetailsOf(board),
    top_three: shared.top,
    viewer_entry: mine
      ? {
          rank: mine.rank,
          position: mine.position,
          // The top three are on every page; the rest run page.pageSize to a page after them.
          page: Math.max(1, Math.ceil((mine.position - 3) / page.pageSize)),
        }
      : null,
    items: shared.rest,
    total: Math.max(0, board.totalCandidates - 3),
    page,
  };
}
