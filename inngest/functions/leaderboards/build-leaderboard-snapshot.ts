import { systemContext } from "@/lib/context";
import { publishLeaderboard } from "@/lib/leaderboards/publish-leaderboard";
import { defineFunction } from "@/inngest/define-function";

/** After POST /leaderboard/publish/: write a whole snapshot, then `leaderboard/published`. */
export const buildLeaderboardSnapshotFunction = defineFunction(
  {
    id: "build-leaderboard-snapshot",
    trigger: { event: "leaderboard/publish.requested" },
    retries: 3,
  },
  async ({ event, step }) =>
    step.run("publish", () =>
      publishLeaderboard({
        ctx: systemContext(),
        input: { requestedById: event.data.requestedById },
      }),
    ),
);
