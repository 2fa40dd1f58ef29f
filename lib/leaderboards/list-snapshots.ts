// The staff leaderboard page's history: the latest snapshots, who published each and how much it
// holds (admin+, like publishing).
import { desc, eq } from "drizzle-orm";
import { leaderboardSnapshots, users } from "@/db/schema";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";

export type SnapshotSummary = {
  id: number;
  publishedAt: string;
  publishedBy: string | null;
  boardCount: number;
  entryCount: number;
};

export async function listSnapshots({
  ctx,
  input,
}: {
  ctx: Context;
  input: { limit: number };
}): Promise<SnapshotSummary[]> {
  requirePermission(ctx, "leaderboards:publish");
  const rows = await ctx.db
    .select({ snapshot: leaderboardSnapshots, first: users.firstName, last: users.lastName })
    .from(leaderboardSnapshots)
    .leftJoin(users, eq(users.id, leaderboardSnapshots.publishedById))
    .orderBy(desc(leaderboardSnapshots.id))
    .limit(input.limit);
  return rows.map(({ snapshot, first, last }) => ({
    id: snapshot.id,
    publishedAt: snapshot.publishedAt.toISOString(),
    publishedBy: first === null ? null : `${first} ${last ?? ""}`.trim(),
    boardCount: snapshot.boardCount,
    entryCount: snapshot.entryCount,
  }));
}
