// GET /api/v1/leaderboard/{stage}/{level}/candidate/{candidate_id}/ — one candidate's place and
// answers on a board.
import { defineRoute } from "@/lib/http/define-route";
import { getLeaderboardCandidate } from "@/lib/leaderboards/get-leaderboard-candidate";
import { boardParams, candidatePerformance } from "@/lib/leaderboards/schemas";

export const GET = defineRoute(
  {
    summary: "A candidate's performance on a leaderboard",
    description:
      "Rank, score, time used, and every question with the candidate's option, the correct one " +
      "and is_correct. Staff and league-or-higher candidates see anyone; screening candidates " +
      "only themselves on a screening board (403 leaderboard_hidden).",
    tags: ["Leaderboard"],
    auth: "user",
    params: boardParams,
    response: candidatePerformance,
    errors: [403, 404],
  },
  async ({ ctx, params }) => getLeaderboardCandidate({ ctx, input: params }),
);

export * from "@/lib/http/unserved-methods";
