// The user overview's numbers as cards and as a horizontal bar chart in plain SVG (no chart
// library): each bar is labelled with its name and value, and the chart has a text alternative.

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
const labelWidth = 170;
const chartWidth = 640;

export function StatsBarChart({ stats, title }: { stats: Stat[]; title: string }) {
  const max = Math.max(1, ...stats.map((stat) => stat.value));
  const barSpace = chartWidth - labelWidth - 60;
  const height = stats.length * (barHeight + gap);
  const summary = stats.map((stat) => `${stat.label}: ${stat.value}`).join(", ");
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4">
      <figcaption className="text-sm font-semibold">{title}</figcaption>
      <svg
        role="img"
        aria-label={`${title}. ${summary}.`}
        viewBox={`0 0 ${chartWidth} ${height}`}
        className="mt-3 h-auto w-full max-w-2xl"
      >
        {stats.map((stat, index) => {
          const y = index * (barHeight + gap);
          const width = Math.round((stat.value / max) * barSpace);
          return (
            <g key={stat.key}>
              <text
                x={labelWidth - 8}
                y={y + barHeight / 2}
                textAnchor="end"
                dominantBaseline="middle"
                className="fill-slate-700 text-[13px]"
              >
                {stat.label}
              </text>
              <rect
                x={labelWidth}
                y={y}
                width={Math.max(width, 2)}
                height={barHeight}
                rx={4}
                className="fill-brand-600"
              />
              <text
                x={labelWidth + Math.max(width, 2) + 6}
                y={y + barHeight / 2}
                dominantBaseline="middle"
                className="fill-slate-900 text-[13px] font-semibold"
              >
                {stat.value}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
