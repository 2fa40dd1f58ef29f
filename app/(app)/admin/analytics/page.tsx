// Competition analytics (admins and up), linked from the staff dashboard: candidates and attempts
// over the last 30 days as a chart, completion, scores per stage, how many went on from each stage,
// and the exams whose scores are least reliable, each linking to its Analysis tab. Numbers from
// GET /analytics/dashboard/; every chart has its numbers as text or a table beside it.
import type { Metadata } from "next";
import Link from "next/link";
import { ChartNumbers } from "@/components/ui/chart-numbers";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { LazyLineChart } from "@/components/ui/lazy-line-chart";
import { LocalTime } from "@/components/ui/local-time";
import { StaffPage } from "@/components/ui/staff-page";
import { StatCards } from "@/components/ui/stat-cards";
import { StatsBarChart } from "@/components/ui/stats-bar-chart";
import { getAnalyticsDashboard } from "@/lib/analytics/get-analytics-dashboard";
import { roleLabel } from "@/lib/auth/roles";
import { staffPageContext } from "@/app/(app)/admin/staff-page";

export const metadata: Metadata = { title: "Competition analytics" };

type Dashboard = Awaited<ReturnType<typeof getAnalyticsDashboard>>;
type Statistic = { value: number | null; reason: string | null };

const percent = (statistic: Statistic) =>
  statistic.value === null ? "—" : `${Math.round(statistic.value * 100)}%`;
const score = (statistic: Statistic) =>
  statistic.value === null ? "—" : `${statistic.value.toFixed(1)}%`;
const shortDay = (date: string) =>
  new Date(`${date}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });

const stageColumns: Column<Dashboard["stages"][number]>[] = [
  { header: "Stage", cell: (row) => roleLabel(row.stage) },
  { header: "Exams", cell: (row) => row.exams },
  { header: "Scores", cell: (row) => row.scores },
  { header: "Average", cell: (row) => score(row.mean) },
  { header: "Median", cell: (row) => score(row.median) },
];

const reliabilityColumns: Column<Dashboard["lowest_reliability"][number]>[] = [
  {
    header: "Exam",
    cell: (row) => (
      <Link
        href={`/admin/exams/${row.exam_id}/analysis`}
        className="font-medium text-brand-700 underline"
      >
        {row.title}
      </Link>
    ),
  },
  { header: "Stage", cell: (row) => roleLabel(row.stage) },
  { header: "Candidates", cell: (row) => row.attempts },
  { header: "Questions", cell: (row) => row.question_count },
  {
    header: "Reliability (KR-20)",
    cell: (row) => (row.kr20.value === null ? "—" : row.kr20.value.toFixed(2)),
  },
];

export default async function AnalyticsPage() {
  const page = await staffPageContext("analytics:view", {
    title: "You don't have access to the competition analytics",
    explanation: "The analytics are for verified admins, managers and superadmins.",
  });
  if ("noAccess" in page) return page.noAccess;
  const dashboard = await getAnalyticsDashboard({ ctx: page.ctx });
  const { activity, completion } = dashboard;
  const totals = activity.reduce(
    (sum, day) => ({
      registrations: sum.registrations + day.registrations,
      started: sum.started + day.attempts_started,
      submitted: sum.submitted + day.attempts_submitted,
    }),
    { registrations: 0, started: 0, submitted: 0 },
  );
  const stageMeans = dashboard.stages.flatMap((row) =>
    row.mean.value === null
      ? []
      : [{ label: roleLabel(row.stage), value: Math.round(row.mean.value * 10) / 10 }],
  );
  const passRates = dashboard.pass_through.flatMap((row) =>
    row.rate.value === null
      ? []
      : [
          {
            label: `${roleLabel(row.from)} → ${roleLabel(row.to)}`,
            value: Math.round(row.rate.value * 100),
          },
        ],
  );
  const busyDays = activity.filter(
    (day) => day.registrations + day.attempts_started + day.attempts_submitted > 0,
  );

  return (
    <StaffPage
      width="wide"
      back={{ href: "/dashboard", label: "Home" }}
      title="Competition analytics"
      subtitle={
        <span>
          Figures as of <LocalTime iso={dashboard.generated_at} />
        </span>
      }
    >
      <section aria-labelledby="completion-heading" className="mt-6">
        <h2 id="completion-heading" className="sr-only">
          Attempts
        </h2>
        <StatCards
          stats={[
            { key: "started", label: "Attempts started", value: completion.started },
            { key: "submitted", label: "Attempts submitted", value: completion.submitted },
            {
              key: "completion",
              label: "Completion rate",
              value: percent(completion.completion_rate),
              hint:
                completion.completion_rate.value === null
                  ? (completion.completion_rate.reason ?? undefined)
                  : "of started attempts were submitted",
            },
            {
              key: "automatic",
              label: "Submitted when time ran out",
              value: completion.automatic_submissions,
            },
          ]}
        />
      </section>

      <section aria-labelledby="activity-heading" className="mt-8">
        <h2 id="activity-heading" className="text-lg font-semibold">
          The last 30 days
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          {totals.registrations} candidates joined, {totals.started} attempts were started and{" "}
          {totals.submitted} submitted (days in UTC).
        </p>
        <figure className="mt-3 rounded-lg border border-slate-200 bg-white p-4">
          <figcaption className="text-sm font-semibold">Candidates and attempts per day</figcaption>
          <div className="mt-3">
            <LazyLineChart
              height={260}
              data={activity.map((day) => ({
                label: shortDay(day.date),
                registrations: day.registrations,
                started: day.attempts_started,
                submitted: day.attempts_submitted,
              }))}
              series={[
                { key: "registrations", name: "Joined", colour: "#7c3aed" },
                { key: "started", name: "Attempts started", colour: "var(--color-brand-600)" },
                { key: "submitted", name: "Submitted", colour: "#15803d", dashed: true },
              ]}
              description={`Candidates and attempts per day over the last 30 days: ${
                busyDays.length === 0
                  ? "none on any day"
                  : busyDays
                      .map(
                        (day) =>
                          `${shortDay(day.date)}: ${day.registrations} joined, ${day.attempts_started} started, ${day.attempts_submitted} submitted`,
                      )
                      .join("; ")
              }; other days none.`}
            />
          </div>
          <ChartNumbers
            caption="Days with activity in the last 30 days"
            headers={["Day", "Joined", "Started", "Submitted"]}
            rows={busyDays.map((day) => ({
              key: day.date,
              cells: [
                shortDay(day.date),
                day.registrations,
                day.attempts_started,
                day.attempts_submitted,
              ],
            }))}
            empty="Nothing happened in the last 30 days."
          />
        </figure>
      </section>

      <section aria-labelledby="stages-heading" className="mt-8">
        <h2 id="stages-heading" className="text-lg font-semibold">
          Stages
        </h2>
        {stageMeans.length === 0 ? (
          <EmptyState>No exam has scores yet.</EmptyState>
        ) : (
          <div className="mt-3 grid gap-4 lg:grid-cols-2">
            <StatsBarChart
              title="Average score per stage (%)"
              valueName="Average score (%)"
              labelWidth={90}
              stats={stageMeans}
            />
            {passRates.length > 0 ? (
              <StatsBarChart
                title="Went on to the next stage (%)"
                valueName="Went on (%)"
                labelWidth={150}
                stats={passRates}
              />
            ) : null}
          </div>
        )}
        <DataTable
          caption="Scores per stage"
          columns={stageColumns}
          rows={dashboard.stages}
          rowKey={(row) => row.stage}
        />
        <ul className="mt-3 space-y-1 text-sm text-slate-700" data-testid="pass-through">
          {dashboard.pass_through.map((row) => (
            <li key={row.from}>
              {row.candidates === 0
                ? `${roleLabel(row.from)}: nobody has a score yet.`
                : `${roleLabel(row.from)}: ${row.advanced} of ${row.candidates} scored candidates are now at ${roleLabel(row.to)} or beyond (${percent(row.rate)}).`}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="reliability-heading" className="mt-8">
        <h2 id="reliability-heading" className="text-lg font-semibold">
          Least reliable exams
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-slate-700">
          Reliability (KR-20, 0 to 1) says how consistently an exam&apos;s questions rank the
          candidates; below 0.7 its scores say little. Open an exam&apos;s analysis to see which
          questions to look at.
        </p>
        {dashboard.lowest_reliability.length === 0 ? (
          <EmptyState>No exam has been taken by two or more candidates yet.</EmptyState>
        ) : (
          <DataTable
            caption="The exams with the lowest reliability, lowest first"
            columns={reliabilityColumns}
            rows={dashboard.lowest_reliability}
            rowKey={(row) => String(row.exam_id)}
            rowTestId="reliability-row"
          />
        )}
      </section>
    </StaffPage>
  );
}
