"use server";
// The staff leaderboard page's action: ask for a new snapshot (the same operation as
// POST /leaderboard/publish/), answering with the snapshot that was latest when asked.
import { ApiError } from "@/lib/errors";
import { requestLeaderboardPublish } from "@/lib/leaderboards/request-publish";
import { latestSnapshot } from "@/lib/leaderboards/snapshot-boards";
import { browserSessionContext } from "../../page-context";

export type PublishState =
  | { status: "idle" }
  | { status: "started"; before: number | null; at: number }
  | { status: "refused"; error: string };

export async function publishLeaderboardAction(): Promise<PublishState> {
  const { ctx } = await browserSessionContext();
  if (!ctx?.actor.user)
    return { status: "refused", error: "Your session has ended. Sign in again." };
  try {
    const before = await latestSnapshot(ctx);
    await requestLeaderboardPublish({ ctx });
    return { status: "started", before: before?.id ?? null, at: Date.now() };
  } catch (error) {
    if (error instanceof ApiError && error.status < 500) {
      return { status: "refused", error: error.message };
    }
    throw error;
  }
}
