"use client";
// The UI kit's line chart, on Recharts (SVG): one line per series over the same labels (days, say),
// with a legend. As with the bar chart, `accessibilityLayer` lets a keyboard user step through the
// points with the arrow keys, screen readers get `description` as the chart's name (role="img"),
// and the page shows the same numbers as a table beside it. Loaded through LazyLineChart.
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart as RechartsLineChart,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export type LineSeries = { key: string; name: string; colour: string; dashed?: boolean };

export type LineChartProps = {
  /** One entry per point on the x axis: its label and a value per series key. */
  data: ({ label: string } & Record<string, number | string>)[];
  series: LineSeries[];
  /** The text alternative: what the chart shows, with its numbers. */
  description: string;
  height: number;
};

const tick = { fill: "#334155", fontSize: 12 };

export default function LineChart({ data, series, description, height }: LineChartProps) {
  return (
    <RechartsLineChart
      data={data}
      responsive
      accessibilityLayer
      role="img"
      aria-label={description}
      style={{ width: "100%", height }}
      margin={{ top: 8, right: 16, bottom: 4, left: 0 }}
    >
      <CartesianGrid stroke="#e2e8f0" vertical={false} />
      <XAxis
        dataKey="label"
        tick={tick}
        tickLine={false}
        interval="preserveStartEnd"
        minTickGap={24}
      />
      <YAxis tick={tick} tickLine={false} axisLine={false} allowDecimals={false} width={40} />
      <Tooltip />
      <Legend wrapperStyle={{ fontSize: 13 }} />
      {series.map((line) => (
        <Line
          key={line.key}
          type="linear"
          dataKey={line.key}
          name={line.name}
          stroke={line.colour}
          strokeWidth={2}
          strokeDasharray={line.dashed ? "5 4" : undefined}
          dot={false}
          isAnimationActive={false}
        />
      ))}
    </RechartsLineChart>
  );
}
