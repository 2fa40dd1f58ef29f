// A candidate's performance on a published board: rank, score, and each question with their
// answer against the key (boards exist only for concluded exams).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LeaderboardRefusal } from "@/components/leaderboards/refusal";
import { Forbidden, NotFound } from "@/lib/errors";
import { stageLabel } from "@/lib/exams/stage-label";
import { getLeaderboardCandidate } from "@/lib/leaderboards/get-leaderboard-candidate";
import { decidedByText } from "@/lib/leaderboards/ranking";
import { boardParams } from "@/lib/leaderboards/schemas";
import { formatSeconds } from "@/lib/time/format-duration";
import { requirePageContext } from "@/app/(app)/page-context";

export const metadata: Metadata = { title: "Performance" };

type Props = { params: Promise<{ stage: string; level: string; candidateId: string }> };

const optionKeys = ["option_a", "option_b", "option_c", "option_d"] as const;

export default async function CandidatePerformancePage({ params }: Props) {
  const { ctx } = await requirePageContext();
  const parsed = boardParams.safeParse(await params);
  if (!parsed.success) notFound();
  let view;
  try {
    view = await getLeaderboardCandidate({ ctx, input: parsed.data });
  } catch (error) {
    if (error instanceof NotFound) notFound();
    if (error instanceof Forbidden) return <LeaderboardRefusal code={error.code} />;
    throw error;
  }
  const { exam_details: exam, candidate_performance: performance } = view;
  const correct = performance.submissions.filter((item) => item.is_correct).length;
  const whose = performance.candidate.id === ctx.actor.user.id ? "your" : "their";
  return (
    <main id="main" className="mx-auto max-w-4xl px-6 py-10">
      <Link href={`/leaderboards/${exam.stage}/${exam.level}`} className="text-brand-700 underline">
        ← {stageLabel(exam)} leaderboard
      </Link>
      <h1 className="mt-4 text-3xl font-bold">{performance.candidate.full_name}</h1>
      <p className="text-slate-600">{performance.candidate.school ?? ""}</p>
      <dl className="mt-6 grid grid-cols-2 gap-4 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-4">
        <div>
          <dt className="text-sm text-slate-600">Rank</dt>
          <dd className="text-2xl font-bold" data-testid="performance-rank">
            {performance.rank} of {exam.total_candidates}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">Score</dt>
          <dd className="text-2xl font-bold">{performance.score.toFixed(2)}%</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">Correct</dt>
          <dd className="text-2xl font-bold">
            {correct} of {performance.submissions.length}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">Time used</dt>
          <dd className="text-2xl font-bold">
            {performance.time_used === null ? "—" : formatSeconds(performance.time_used)}
          </dd>
        </div>
      </dl>
      <p className="mt-2 text-sm text-slate-600">{decidedByText(performance.decided_by)}</p>
      <h2 className="mt-8 text-xl font-semibold">Answers against the key</h2>
      <ol className="mt-4 space-y-4">
        {performance.submissions.map((item, index) => (
          <li
            key={item.question_id}
            className="rounded-lg border border-slate-200 bg-white p-4"
            data-testid="performance-question"
          >
            <p className="font-medium">
              {index + 1}. {item.question_text}
            </p>
            <ul className="mt-2 space-y-1 text-sm">
              {optionKeys.map((key) => {
                const letter = key.slice(-1).toUpperCase();
                const isKey = item.correct_answer === letter;
                const isChosen = item.selected_option === letter;
                return (
                  <li
                    key={key}
                    className={
                      isKey
                        ? "font-semibold text-green-800"
                        : isChosen
                          ? "text-red-800"
                          : "text-slate-700"
                    }
                  >
                    {letter}. {item[key]}
                    {isKey ? " — correct answer" : ""}
                    {isChosen ? ` — ${whose} answer ${item.is_correct ? "✓" : "✗"}` : ""}
                  </li>
                );
              })}
            </ul>
            {item.selected_option === null ? (
              <p className="mt-1 text-sm text-slate-600">Not answered.</p>
            ) : null}
          </li>
        ))}
      </ol>
    </main>
  );
}
