// Numbers as cards (the user overview, the question pool, the staff dashboard). Their bar chart is
// stats-bar-chart.tsx, apart, so pages with cards only do not reference the chart's code.
// `hint` is a short line under a number ("62 % of candidates").

export type Stat = { key: string; label: string; value: number | string; hint?: string };

export function StatCards({ stats }: { stats: Stat[] }) {
  return (
    <dl className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4">
      {stats.map((stat) => (
        <div key={stat.key} className="rounded-lg border border-slate-200 bg-white p-3 sm:p-4">
          <dt className="text-sm text-slate-600">{stat.label}</dt>
          <dd className="mt-1 text-2xl font-bold sm:text-3xl" data-testid={`stat-${stat.key}`}>
            {stat.value}
          </dd>
          {stat.hint ? <dd className="mt-1 text-sm text-slate-600">{stat.hint}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
