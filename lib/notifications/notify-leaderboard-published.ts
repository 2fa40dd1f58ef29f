// leaderboard/published → everyone on a shown board of the snapshot (the boards people see by
// default), once per snapshot, a batch of people at a time by user id: where they stand on each
// board they are on ("4th of 11 on League, round 1").
import { and, asc, eq, gt, inArray } from "drizzle-orm";
import { leaderboardBoards, leaderboardEntries } from "@/db/schema";
import type { Context } from "@/lib/context";
import type { EventData } from "@/lib/events/registry";
import { stageLabel } from "@/lib/exams/stage-label";
import { entryOnItsBoard } from "@/lib/leaderboards/entry-board";
import { notifyPeople } from "./notify-people";

const ordinal = (n: number) => {
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13 ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as const)[n % 10] ?? "th");
  return `${n}${suffix}`;
};

export async function notifyLeaderboardPublished({
  ctx,
  input,
}: {
  ctx: Context;
  input: EventData<"leaderboard/published"> & { after: string | null; size: number };
}): Promise<{ last: string | null; notified: number }> {
  const shown = and(
    eq(leaderboardEntries.snapshotId, input.snapshotId),
    eq(leaderboardBoards.isShown, true),
  );
  const onBoards = ctx.db
    .selectDistinct({ id: leaderboardEntries.candidateId })
    .from(leaderboardEntries)
    .innerJoin(leaderboardBoards, entryOnItsBoard)
    .where(and(shown, input.after ? gt(leaderboardEntries.candidateId, input.after) : undefined))
    .orderBy(asc(leaderboardEntries.candidateId))
    .limit(input.size);
  const people = (await onBoards).map((row) => row.id);
  if (people.length === 0) return { last: null, notified: 0 };

  const places = await ctx.db
    .select({
      candidateId: leaderboardEntries.candidateId,
      rank: leaderboardEntries.rank,
      stage: leaderboardBoards.stage,
      level: leaderboardBoards.level,
      total: leaderboardBoards.totalCandidates,
    })
    .from(leaderboardEntries)
    .innerJoin(leaderboardBoards, entryOnItsBoard)
    .where(and(shown, inArray(leaderboardEntries.candidateId, people)))
    .orderBy(leaderboardBoards.stage, leaderboardBoards.level);
  const fresh = await notifyPeople(
    ctx,
    people.map((userId) => {
      const lines = places
        .filter((place) => place.candidateId === userId)
        .map((place) => `${ordinal(place.rank)} of ${place.total} on ${stageLabel(place)}`);
      return {
        userId,
        subject: "The leaderboard is published",
        message: `You are ${lines.join("; ")}. See the Leaderboards page.`,
        dedupeKey: `leaderboard:${input.snapshotId}`,
      };
    }),
    "leaderboard notification",
  );
  return { last: people.at(-1)!, notified: fresh.length };
}
