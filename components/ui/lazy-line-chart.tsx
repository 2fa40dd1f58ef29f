"use client";
// The line chart in a chunk of its own, fetched only where a page shows one (as LazyBarChart).
import dynamic from "next/dynamic";
import type { LineChartProps } from "./line-chart";

const LineChart = dynamic(() => import("./line-chart"), { ssr: false, loading: () => null });

export function LazyLineChart(props: LineChartProps) {
  return (
    <div style={{ minHeight: props.height }} className="w-full overflow-x-clip">
      <LineChart {...props} />
    </div>
  );
}
