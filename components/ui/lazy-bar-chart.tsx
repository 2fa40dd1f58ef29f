"use client";
// The bar chart in a chunk of its own, fetched when a page shows a chart: pages without one never
// load Recharts. Recharts measures its box before drawing, so there is nothing to render on the
// server; a box of the chart's height holds its place meanwhile.
import dynamic from "next/dynamic";
import type { BarChartProps } from "./bar-chart";

const BarChart = dynamic(() => import("./bar-chart"), {
  ssr: false,
  loading: () => null,
});

export function LazyBarChart(props: BarChartProps) {
  return (
    // Clipped sideways: Recharts' hidden tooltip box would otherwise widen a phone's page.
    <div style={{ minHeight: props.height }} className="w-full max-w-2xl overflow-x-clip">
      <BarChart {...props} />
    </div>
  );
}
