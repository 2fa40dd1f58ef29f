// Score figures the dashboards and the statistics share: how many scores, how many recorded since
// an instant, their average and the best.
import { count, sql } from "drizzle-orm";
import { examScores } from "@/db/schema";
import type { Context } from "@/lib/context";
import { env } from "@/lib/env";
import { round2 } from "@/lib/exams/shape";

export type ScoreFigures = {
  total_submissions: number;
  recent_submissions: number;
  average_score: number | null;
  highest_score: number | null;
};

export async function scoreFigures(ctx: Context, since: Date): Promise<ScoreFigures> {
  const [row] = await ctx.db
    .select({
      total: count(),
      recent: sql<string>`count(*) filter (where ${examScores.recordedAt} > ${since.toISOString()}::timestamptz)`,
      average: sql<string | null>`avg(${examScores.score})`,
      highest: sql<string | null>`max(${examScores.score})`,
    })
    .from(examScores);
  return {
    total_submissions: row!.total,
    recent_submissions: Number(row!.recent),
    average_score: row!.average === null ? null : round2(Number(row!.average)),
    highest_score: row!.highest === null ? null : round2(Number(row!.highest)),
  };
}

/** How long the competition-wide figures are reused (lib/shared-reads.ts); 0 = never. */
export const figuresMaxAgeMs = () => env.DASHBOARD_FIGURES_SECONDS * 1000;
