// POST /leaderboard/publish/ (admin+): ask for a new snapshot. The answer is immediate (202); the
// build-leaderboard-snapshot function writes the snapshot from the event.
import type { Context } from "@/lib/context";
import { requirePermission } from "@/lib/auth/require-permission";
import { publishEvent } from "@/lib/jobs/publish-event";
import { publishStartedMessage } from "./schemas";

export async function requestLeaderboardPublish({ ctx }: { ctx: Context }) {
  requirePermission(ctx, "leaderboards:publish");
  await publishEvent(ctx.db, {
    name: "leaderboard/publish.requested",
    data: {
      requestedById: ctx.actor.user?.id ?? null,
      requestedAt: ctx.clock.now().toISOString(),
    },
  });
  return { message: publishStartedMessage };
}
