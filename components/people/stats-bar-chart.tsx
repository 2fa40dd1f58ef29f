// The user overview's numbers as a horizontal bar chart (the UI kit's Recharts bar chart, loaded
// only where it is shown): each bar is labelled with its name and value, and the chart has a text
// alternative; the cards above it say the same numbers as text.
import { LazyBarChart } from "@/components/ui/lazy-bar-chart";
import type { Stat } from "./stats-chart";

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
