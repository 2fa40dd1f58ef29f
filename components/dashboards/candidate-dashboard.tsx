// The candidate's dashboard below their greeting: the next exam with a countdown, rank, scores over
// time (a chart and the same numbers as text), recent results and the concluded exams.
import Link from "next/link";
import type { z } from "zod";
import { OpensIn } from "@/components/exam/time-display";
import { ScoreChart } from "@/components/dashboards/score-chart";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalTime } from "@/components/ui/local-time";
import type { candidateDashboard } from "@/lib/dashboards/schemas";
import { stageLabel } from "@/lib/exams/stage-label";
import { plural } from "@/lib/plural";
import { formatMinutes } from "@/lib/time/format-duration";

/** `verified`: the candidate's identity is verified (before that, exams are not theirs to take). */
export function CandidateDashboard({
  dashboard,
  serverNow,
  verified,
}: {
  dashboard: z.output<typeof candidateDashboard>;
  serverNow: string;
  verified: boolean;
}) {
  const { exam_stats: stats, leaderboard_ranking: ranking } = dashboard;
  const next = dashboard.available_exams[0];
  return (
    <>
      <section
        aria-labelledby="next-heading"
        className="mt-8 rounded-lg border border-slate-200 bg-white p-5"
      >
        <h2 id="next-heading" className="text-lg font-semibold">
          Next exam
        </h2>
        {next ? (
          <div data-testid="next-exam">
            <p className="mt-1 text-xl font-bold">{next.title}</p>
            <p className="text-slate-600">
              {stageLabel(next)} · {plural(next.question_count, "question")} ·{" "}
              {formatMinutes(next.countdown_minutes)} once you start
            </p>
            <p className="mt-2">
              {Date.parse(next.scheduled_date) > Date.parse(serverNow) ? (
                <OpensIn iso={next.scheduled_date} serverNow={serverNow} />
              ) : (
                <>Open now. </>
              )}{" "}
              {verified ? (
                <Link href="/exams" className="font-medium text-brand-700 underline">
                  Go to your exams
                </Link>
              ) : (
                <span className="text-slate-700">
                  You can take it once your identity is verified.
                </span>
              )}
            </p>
          </div>
        ) : (
          <p className="mt-1 text-slate-600">No exam is scheduled for your stage right now.</p>
        )}
      </section>

      <dl className="mt-6 grid grid-cols-2 gap-4 sm:grid-cols-4">
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-600">Rank</dt>
          <dd className="text-2xl font-bold" data-testid="dashboard-rank">
            {ranking.current_rank === null
              ? "—"
              : `${ranking.current_rank} of ${ranking.total_candidates}`}
          </dd>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-600">Exams taken</dt>
          <dd className="text-2xl font-bold">{stats.total_exams_taken}</dd>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-600">Average</dt>
          <dd className="text-2xl font-bold">
            {stats.average_score === null ? "—" : `${stats.average_score.toFixed(2)}%`}
          </dd>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-600">Best</dt>
          <dd className="text-2xl font-bold">
            {stats.highest_score === null ? "—" : `${stats.highest_score.toFixed(2)}%`}
          </dd>
        </div>
      </dl>
      {ranking.current_rank === null ? null : (
        <p className="mt-2 text-sm">
          <Link href="/leaderboards" className="text-brand-700 underline">
            See the leaderboards
          </Link>
        </p>
      )}

      <section aria-labelledby="scores-heading" className="mt-10">
        <h2 id="scores-heading" className="text-xl font-semibold">
          Your scores
        </h2>
        {dashboard.recent_scores.length === 0 ? (
          <EmptyState className="mt-3">
            No scores yet. They appear here after your first exam.
          </EmptyState>
        ) : (
          <>
            <div className="mt-4">
              <ScoreChart scores={[...dashboard.recent_scores].reverse()} />
            </div>
            <ul className="mt-4 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
              {dashboard.recent_scores.map((row) => (
                <li
                  key={`${row.exam_title}-${row.date}`}
                  className="flex justify-between gap-4 px-4 py-2"
                >
                  <span>
                    {row.exam_title}{" "}
                    <span className="text-sm text-slate-600">
                      · <LocalTime iso={row.date} />
                    </span>
                  </span>
                  <span className="font-semibold">{row.score.toFixed(2)}%</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="concluded-heading" className="mt-10">
        <h2 id="concluded-heading" className="text-xl font-semibold">
          Concluded exams
        </h2>
        {dashboard.concluded_exams.length === 0 ? (
          <p className="mt-3 text-slate-600">No exam of yours has concluded yet.</p>
        ) : (
          <ul className="mt-4 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {dashboard.concluded_exams.map((exam) => (
              <li key={exam.id} className="flex flex-wrap justify-between gap-2 px-4 py-2">
                <span>
                  {exam.title}{" "}
                  <span className="text-sm text-slate-600">
                    · concluded <LocalTime iso={exam.concluded_at} />
                  </span>
                </span>
                <span
                  className={exam.participation === "missed" ? "text-amber-800" : "text-slate-700"}
                >
                  {exam.participation === "missed" ? "Missed" : "Taken"}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
