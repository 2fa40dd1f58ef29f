"use client";
// The staff dashboard's figures (GET /dashboard/staff/ and GET /stats/overview/): cards, three bar
// charts with the same numbers as text, and the next exams. Server-rendered with the figures of the
// page load, then refreshed every minute through the one browser client; the line under the
// heading says when they were last read.
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { z } from "zod";
import { getJson } from "@/components/api/fetch-json";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalTime } from "@/components/ui/local-time";
import { StatCards } from "@/components/ui/stat-cards";
import { StatsBarChart } from "@/components/ui/stats-bar-chart";
import { staffDashboard, statsOverview } from "@/lib/dashboards/schemas";
import { plural } from "@/lib/plural";
import { formatMinutes } from "@/lib/time/format-duration";

type Figures = {
  dashboard: z.output<typeof staffDashboard>;
  stats: z.output<typeof statsOverview>;
};

const refreshMs = 60_000;
const stageNames = { screening: "Screening", league: "League", final: "Final", winner: "Winners" };
const statusNames = {
  scheduled: "Scheduled",
  ongoing: "Open now",
  concluded: "Concluded",
  draft: "Drafts",
  cancelled: "Cancelled",
};
const difficultyNames = { easy: "Easy", moderate: "Moderate", hard: "Hard" };
const percent = (value: number | null) => (value === null ? "—" : `${value.toFixed(2)}%`);

/** `opensExams`: the exam titles link to their admin pages (the viewer manages exams). */
export function StaffFigures({ initial, opensExams }: { initial: Figures; opensExams: boolean }) {
  const { data, isError } = useQuery({
    queryKey: ["dashboards", "staff"],
    queryFn: async (): Promise<Figures> => {
      const [dashboard, stats] = await Promise.all([
        getJson("/api/v1/dashboard/staff/", staffDashboard),
        getJson("/api/v1/stats/overview/", statsOverview),
      ]);
      return { dashboard, stats };
    },
    initialData: initial,
    initialDataUpdatedAt: Date.parse(initial.stats.generated_at),
    refetchInterval: refreshMs,
  });
  const { dashboard, stats } = data;
  const { candidates, questions, scores } = dashboard;

  const byStage = (Object.keys(stageNames) as (keyof typeof stageNames)[]).map((stage) => ({
    label: stageNames[stage],
    value: candidates.by_role[stage].count,
  }));
  const byStatus = (Object.keys(statusNames) as (keyof typeof statusNames)[]).map((status) => ({
    label: statusNames[status],
    value: stats.exams.by_status[status],
  }));
  const byDifficulty = (Object.keys(difficultyNames) as (keyof typeof difficultyNames)[]).map(
    (difficulty) => ({
      label: difficultyNames[difficulty],
      value: questions.by_difficulty[difficulty].count,
    }),
  );

  return (
    <>
      <p className="mt-6 text-sm text-slate-600" role="status" data-testid="figures-updated">
        {isError ? "The figures could not be refreshed; these are from " : "Figures as of "}
        <LocalTime iso={stats.generated_at} />. They refresh every minute.
      </p>

      <section aria-labelledby="figures-heading" className="mt-3">
        <h2 id="figures-heading" className="sr-only">
          The competition in numbers
        </h2>
        <StatCards
          stats={[
            {
              key: "candidates",
              label: "Candidates",
              value: candidates.total,
              hint: `${candidates.recent_registrations} joined in the last 7 days`,
            },
            {
              key: "verified",
              label: "Verified candidates",
              value: candidates.verified,
              hint: `${candidates.verification_rate}% of candidates`,
            },
            {
              key: "pending-verification",
              label: "Waiting for verification",
              value: stats.verification.pending,
              hint: "identity documents to review",
            },
            {
              key: "submissions",
              label: "Exams submitted",
              value: scores.total_submissions,
              hint: `${scores.recent_submissions} in the last 7 days`,
            },
            {
              key: "average",
              label: "Average score",
              value: percent(scores.average_score),
              hint: `best ${percent(scores.highest_score)}`,
            },
            {
              key: "exams-open",
              label: "Exams open now",
              value: stats.exams.by_status.ongoing,
              hint: `${stats.exams.by_status.scheduled} more scheduled`,
            },
            {
              key: "exams-concluded",
              label: "Exams concluded",
              value: stats.exams.by_status.concluded,
              hint: `${stats.exams.total} exams in all`,
            },
            {
              key: "questions",
              label: "Questions in the bank",
              value: questions.total,
              hint: "not archived",
            },
          ]}
        />
      </section>

      <section aria-labelledby="charts-heading" className="mt-8">
        <h2 id="charts-heading" className="text-lg font-semibold">
          At a glance
        </h2>
        <div className="mt-3 grid gap-4 lg:grid-cols-3">
          <StatsBarChart stats={byStage} title="Candidates by stage" labelWidth={90} />
          <StatsBarChart
            stats={byStatus}
            title="Exams by status"
            valueName="Exams"
            labelWidth={90}
          />
          <StatsBarChart
            stats={byDifficulty}
            title="Questions by difficulty"
            valueName="Questions"
            labelWidth={90}
          />
        </div>
      </section>

      <section aria-labelledby="upcoming-heading" className="mt-8">
        <h2 id="upcoming-heading" className="text-lg font-semibold">
          Upcoming exams
        </h2>
        {dashboard.upcoming_exams.length === 0 ? (
          <EmptyState className="mt-3" testId="no-upcoming-exams">
            No exam is scheduled.
          </EmptyState>
        ) : (
          <ul
            className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
            data-testid="upcoming-exams"
          >
            {dashboard.upcoming_exams.map((exam) => (
              <li
                key={exam.id}
                className="flex flex-wrap justify-between gap-x-4 gap-y-1 px-4 py-2"
              >
                {opensExams ? (
                  <Link
                    href={`/admin/exams/${exam.id}`}
                    className="font-medium text-brand-700 underline"
                  >
                    {exam.title}
                  </Link>
                ) : (
                  <span className="font-medium">{exam.title}</span>
                )}
                <span className="text-sm text-slate-700">
                  <LocalTime iso={exam.scheduled_date} /> ·{" "}
                  {plural(exam.question_count, "question")} ·{" "}
                  {formatMinutes(exam.countdown_minutes)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
