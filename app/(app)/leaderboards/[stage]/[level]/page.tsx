// One published board: the rule, the exam, the podium, the rest a page at a time, and the viewer's
// own row highlighted with a link straight to it.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BoardTable, Podium, type BoardEntryView } from "@/components/leaderboards/board-view";
import { LeaderboardRefusal } from "@/components/leaderboards/refusal";
import { PaginationNav } from "@/components/people/pagination-nav";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalTime } from "@/components/ui/local-time";
import { Forbidden, NotFound } from "@/lib/errors";
import { stageLabel } from "@/lib/exams/stage-label";
import { pageView } from "@/lib/http/pagination";
import { getLeaderboard } from "@/lib/leaderboards/get-leaderboard";
import { leaderboardQuery } from "@/lib/leaderboards/schemas";
import { requirePageContext } from "@/app/(app)/page-context";

export const metadata: Metadata = { title: "Leaderboard" };

type Props = {
  params: Promise<{ stage: string; level: string }>;
  searchParams: Promise<{ page?: string }>;
};

export default async function LeaderboardPage({ params, searchParams }: Props) {
  const { ctx } = await requirePageContext();
  const { stage, level } = await params;
  const { page } = await searchParams;
  const query = leaderboardQuery.safeParse({ stage, level, ...(page ? { page } : {}) });
  if (!query.success || !query.data.stage || !query.data.level) notFound();
  let board;
  try {
    board = pageView(
      await getLeaderboard({
        ctx,
        input: { ...query.data, stage: query.data.stage, level: query.data.level },
      }),
    );
  } catch (error) {
    if (error instanceof NotFound) notFound();
    if (error instanceof Forbidden) return <LeaderboardRefusal code={error.code} />;
    throw error;
  }
  const viewerId = ctx.actor.user.id;
  const screening = ctx.actor.user.userType === "candidate" && ctx.actor.user.role === "screening";
  const canOpen = (entry: BoardEntryView) => !screening || entry.candidate.id === viewerId;
  const base = `/leaderboards/${stage}/${level}`;
  const exam = board.exam_details;
  const mine = board.viewer_entry;
  return (
    <main id="main" className="mx-auto max-w-5xl px-6 py-10">
      <Link href="/leaderboards" className="text-brand-700 underline">
        ← All leaderboards
      </Link>
      <h1 className="mt-4 text-3xl font-bold">{stageLabel(exam)}</h1>
      <p className="mt-1 text-slate-700">
        {exam.title} · concluded <LocalTime iso={exam.concluded_at} /> · {exam.total_candidates}{" "}
        {exam.total_candidates === 1 ? "candidate" : "candidates"}
        {exam.average_score === null ? "" : ` · average ${exam.average_score.toFixed(2)}%`}
      </p>
      <p className="mt-3 rounded border border-slate-200 bg-white px-4 py-3 text-sm text-slate-700">
        <span className="font-semibold">How ranks are decided: </span>
        {board.ranking_rule}
      </p>
      {mine ? (
        <p className="mt-4">
          You are ranked <strong>{mine.rank}</strong> of {exam.total_candidates}.{" "}
          <Link
            href={`${base}${mine.page > 1 ? `?page=${mine.page}` : ""}#my-rank`}
            className="font-medium text-brand-700 underline"
          >
            Jump to my rank
          </Link>
        </p>
      ) : null}
      {board.top_three.length === 0 ? (
        <EmptyState className="mt-8">No one has a score on this exam.</EmptyState>
      ) : (
        <Podium entries={board.top_three} base={base} viewerId={viewerId} canOpen={canOpen} />
      )}
      {board.results.length > 0 ? (
        <>
          <BoardTable entries={board.results} base={base} viewerId={viewerId} canOpen={canOpen} />
          <PaginationNav
            path={base}
            filters={{}}
            pagination={board.pagination}
            noun={["candidate after the top three", "candidates after the top three"]}
          />
        </>
      ) : null}
    </main>
  );
}
