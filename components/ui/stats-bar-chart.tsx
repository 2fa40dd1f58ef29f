// Counts as a horizontal bar chart in a captioned figure (the UI kit's Recharts bar chart, loaded
// only where it is shown): each bar is labelled with its name and value, and the chart has a text
// alternative; the page says the same numbers as text beside it.
import { LazyBarChart } from "@/components/ui/lazy-bar-chart";

const barHeight = 28;
const gap = 12;

export type ChartCount = { label: string; value: number };

export function StatsBarChart({
  stats,
  title,
  valueName = "People",
  labelWidth,
}: {
  stats: ChartCount[];
  title: string;
  /** The tooltip's name for a value. */
  valueName?: string;
  /** Room for the labels, in pixels (the chart's default when not given). */
  labelWidth?: number;
}) {
  const summary = stats.map((stat) => `${stat.label}: ${stat.value}`).join(", ");
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4">
      <figcaption className="text-sm font-semibold">{title}</figcaption>
      <div className="mt-3">
        <LazyBarChart
          data={stats.map((stat) => ({ label: stat.label, value: stat.value }))}
          description={`${title}. ${summary}.`}
          orientation="rows"
          valueName={valueName}
          labelWidth={labelWidth}
          height={stats.length * (barHeight + gap) + 8}
        />
      </div>
    </figure>
  );
}
