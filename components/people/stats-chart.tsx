// The user overview's numbers as cards and as a horizontal bar chart (the UI kit's Recharts bar
// chart, loaded only where it is shown): each bar is labelled with its name and value, and the
// chart has a text alternative; the cards above say the same numbers as text.
import { LazyBarChart } from "@/components/ui/lazy-bar-chart";

export type Stat = { key: string; label: string; value: number };

export function StatCards({ stats }: { stats: Stat[] }) {
  return (
    <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {stats.map((stat) => (
        <div key={stat.key} className="rounded-lg border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-600">{stat.label}</dt>
          <dd className="mt-1 text-3xl font-bold" data-testid={`stat-${stat.key}`}>
            {stat.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

const barHeight = 28;
const gap = 12;

export function StatsBarChart({ stats, title }: { stats: Stat[]; title: string }) {
  const summary = stats.map((stat) => `${stat.label}: ${stat.value}`).join(", ");
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4">
      <figcaption className="text-sm font-semibold">{title}</figcaption>
      <div className="mt-3">
        <LazyBarChart
          data={stats.map((stat) => ({ label: stat.label, value: stat.value }))}
          description={`${title}. ${summary}.`}
          orientation="rows"
          valueName="People"
          height={stats.length * (barHeight + gap) + 8}
        />
      </div>
    </figure>
  );
}
