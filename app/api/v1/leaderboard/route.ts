// GET /api/v1/leaderboard/ — the published boards (summary), or one board (?stage=&level=).
import { defineRoute } from "@/lib/http/define-route";
import { paginated } from "@/lib/http/pagination";
import { getLeaderboard } from "@/lib/leaderboards/get-leaderboard";
import { listLeaderboards } from "@/lib/leaderboards/list-leaderboards";
import { leaderboardQuery, leaderboardResponse } from "@/lib/leaderboards/schemas";

export const GET = defineRoute(
  {
    summary: "Leaderboards",
    description:
      "Without stage and level: the latest snapshot's boards the caller may see (one per stage " +
      "and level). With stage and level (and optionally exam_id, for another concluded exam of " +
      "that stage and level): the board — exam details, the top three, and the remaining " +
      "candidates a page at a time. Ranking: higher score, then less time used; equal score and " +
      "time share a rank, listed by earlier submission. Verified staff and candidates; screening " +
      "candidates see screening boards only (403 leaderboard_hidden).",
    tags: ["Leaderboard"],
    auth: "user",
    query: leaderboardQuery,
    response: leaderboardResponse,
    errors: [403, 404],
  },
  async ({ ctx, query, url }) => {
    if (query.stage === undefined || query.level === undefined) return listLeaderboards({ ctx });
    const { results, ...board } = paginated(
      await getLeaderboard({ ctx, input: { ...query, stage: query.stage, level: query.level } }),
      url,
    );
    return { ...board, remaining_candidates: results };
  },
);

export * from "@/lib/http/unserved-methods";
