// POST /api/v1/leaderboard/publish/ — build and publish a new snapshot of every board (admin+).
import { defineRoute } from "@/lib/http/define-route";
import { requestLeaderboardPublish } from "@/lib/leaderboards/request-publish";
import { publishResponse } from "@/lib/leaderboards/schemas";

export const POST = defineRoute(
  {
    summary: "Publish the leaderboards",
    description:
      "Starts building a new snapshot: a board for every concluded exam, ranked, written whole in " +
      "one transaction. Answers 202 at once; GET /leaderboard/ shows the snapshot when it is ready.",
    tags: ["Leaderboard"],
    permission: "leaderboards:publish",
    status: 202,
    response: publishResponse,
  },
  async ({ ctx }) => requestLeaderboardPublish({ ctx }),
);

export * from "@/lib/http/unserved-methods";
