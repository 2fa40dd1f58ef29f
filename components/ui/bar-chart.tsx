"use client";
// The UI kit's bar chart, on Recharts (SVG): one bar per item, each labelled with its value.
// `accessibilityLayer` lets a keyboard user focus the chart and move its tooltip from bar to bar
// with the arrow keys; screen readers get `description` as the chart's name (role="img"), which
// must say every number, and the page shows the same numbers as text or a table beside it.
// Loaded only where a chart is shown: pages import `LazyBarChart` (lazy-bar-chart.tsx).
import { Bar, BarChart as RechartsBarChart, LabelList, Tooltip, XAxis, YAxis } from "recharts";

export type BarDatum = { label: string; value: number };

export type BarChartProps = {
  data: BarDatum[];
  /** The text alternative: what the chart shows, with every number. */
  description: string;
  /** "columns": bars up from the labels underneath; "rows": bars right from labels at the side. */
  orientation: "columns" | "rows";
  /** The tooltip's name for a value ("Candidates"). */
  valueName: string;
  height: number;
  /** Room for the labels of `rows` charts, in pixels. */
  labelWidth?: number;
};

const brand = "var(--color-brand-600)";
const tick = { fill: "#334155", fontSize: 13 };

export default function BarChart({
  data,
  description,
  orientation,
  valueName,
  height,
  labelWidth = 160,
}: BarChartProps) {
  const rows = orientation === "rows";
  return (
    <RechartsBarChart
      data={data}
      layout={rows ? "vertical" : "horizontal"}
      responsive
      accessibilityLayer
      role="img"
      aria-label={description}
      style={{ width: "100%", maxWidth: 672, height }}
      margin={
        rows ? { top: 4, right: 48, bottom: 4, left: 0 } : { top: 24, right: 8, bottom: 4, left: 8 }
      }
    >
      {rows ? (
        <>
          <XAxis type="number" hide allowDecimals={false} domain={[0, "dataMax"]} />
          <YAxis
            type="category"
            dataKey="label"
            width={labelWidth}
            tick={tick}
            tickLine={false}
            axisLine={false}
          />
        </>
      ) : (
        <>
          {/* On a narrow screen labels that would overlap are left out (the table has them all). */}
          <XAxis
            dataKey="label"
            tick={{ ...tick, fontSize: 12 }}
            tickLine={false}
            interval="preserveStartEnd"
            minTickGap={4}
          />
          <YAxis hide allowDecimals={false} domain={[0, "dataMax"]} />
        </>
      )}
      <Tooltip cursor={{ fill: "#f1f5f9" }} formatter={(value) => [value, valueName]} />
      <Bar
        dataKey="value"
        name={valueName}
        fill={brand}
        radius={rows ? [0, 4, 4, 0] : [3, 3, 0, 0]}
        minPointSize={rows ? 2 : 0}
        isAnimationActive={false}
      >
        <LabelList
          dataKey="value"
          position={rows ? "right" : "top"}
          fill="#0f172a"
          fontSize={13}
          fontWeight={600}
        />
      </Bar>
    </RechartsBarChart>
  );
}
