// The leaderboards a person may see: one card per stage and level of the latest snapshot.
import type { Metadata } from "next";
import Link from "next/link";
import { LeaderboardRefusal } from "@/components/leaderboards/refusal";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalTime } from "@/components/ui/local-time";
import { can } from "@/lib/auth/require-permission";
import { Forbidden } from "@/lib/errors";
import { stageLabel } from "@/lib/exams/stage-label";
import { listLeaderboards } from "@/lib/leaderboards/list-leaderboards";
import { requirePageContext } from "@/app/(app)/page-context";

export const metadata: Metadata = { title: "Leaderboards" };

export default async function LeaderboardsPage() {
  const { ctx } = await requirePageContext();
  let summary;
  try {
    summary = await listLeaderboards({ ctx });
  } catch (error) {
    if (error instanceof Forbidden) return <LeaderboardRefusal code={error.code} />;
    throw error;
  }
  return (
    <main id="main" className="mx-auto max-w-5xl px-6 py-10">
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-bold">Leaderboards</h1>
        {can(ctx, "leaderboards:publish") ? (
          <Link href="/admin/leaderboards" className={buttonClass("secondary")}>
            Publish and history
          </Link>
        ) : null}
      </div>
      <p className="mt-2 text-slate-600">{summary.ranking_rule}</p>
      {summary.published_at ? (
        <p className="mt-1 text-sm text-slate-600">
          Published <LocalTime iso={summary.published_at} />.
        </p>
      ) : null}
      {summary.available_leaderboards.length === 0 ? (
        <EmptyState className="mt-8" testId="no-leaderboards">
          {summary.snapshot_id === null
            ? "No leaderboard has been published yet. Boards appear here once staff publish the results of a concluded exam."
            : "No leaderboard you can see has been published yet."}
        </EmptyState>
      ) : (
        <ul className="mt-8 grid gap-4 sm:grid-cols-2" aria-label="Published leaderboards">
          {summary.available_leaderboards.map((board) => (
            <li
              key={board.stage_display}
              className="rounded-lg border border-slate-200 bg-white p-5"
            >
              <h2 className="text-lg font-semibold">
                <Link href={`/leaderboards/${board.stage}/${board.level}`} className="underline">
                  {stageLabel(board)}
                </Link>
              </h2>
              <p className="text-slate-700">{board.exam_title}</p>
              <p className="mt-2 text-sm text-slate-600">
                {board.total_candidates} {board.total_candidates === 1 ? "candidate" : "candidates"}
                {board.average_score === null
                  ? ""
                  : ` · average ${board.average_score.toFixed(2)}%`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
