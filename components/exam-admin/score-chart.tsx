// An exam's score distribution as vertical bars by 10-point range, in plain SVG (no chart
// library); every bar is labelled with its count; the chart's text alternative says every count,
// and the same numbers open as a table.
import { describeBuckets, scoreBuckets } from "./histogram";

const width = 640;
const height = 220;
const top = 20;
const bottom = 36;
const left = 8;
const slot = (width - left * 2) / 10;

export function ScoreChart({ scores }: { scores: number[] }) {
  const buckets = scoreBuckets(scores);
  const max = Math.max(1, ...buckets.map((bucket) => bucket.count));
  const plot = height - top - bottom;
  const summary = describeBuckets(buckets);
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4" data-testid="score-chart">
      <figcaption className="text-sm font-semibold">Score distribution</figcaption>
      <svg
        role="img"
        aria-label={`Score distribution: ${summary}`}
        viewBox={`0 0 ${width} ${height}`}
        className="mt-3 h-auto w-full max-w-2xl"
      >
        <line
          x1={left}
          x2={width - left}
          y1={height - bottom}
          y2={height - bottom}
          className="stroke-slate-300"
        />
        {buckets.map((bucket, index) => {
          const barHeight = Math.round((bucket.count / max) * plot);
          const x = left + index * slot + 6;
          const y = height - bottom - barHeight;
          return (
            <g key={bucket.label}>
              {bucket.count > 0 ? (
                <rect
                  x={x}
                  y={y}
                  width={slot - 12}
                  height={barHeight}
                  rx={3}
                  className="fill-brand-600"
                />
              ) : null}
              <text
                x={x + (slot - 12) / 2}
                y={y - 6}
                textAnchor="middle"
                className="fill-slate-900 text-[13px] font-semibold"
              >
                {bucket.count}
              </text>
              <text
                x={x + (slot - 12) / 2}
                y={height - bottom + 18}
                textAnchor="middle"
                className="fill-slate-700 text-[12px]"
              >
                {bucket.label}
              </text>
            </g>
          );
        })}
      </svg>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-brand-700 underline">
          The numbers as a table
        </summary>
        <table className="mt-2 text-left">
          <caption className="sr-only">Scores by 10-point range</caption>
          <thead>
            <tr>
              <th scope="col" className="pr-6">
                Range
              </th>
              <th scope="col">Candidates</th>
            </tr>
          </thead>
          <tbody>
            {buckets.map((bucket) => (
              <tr key={bucket.label}>
                <td className="pr-6">{bucket.label}</td>
                <td>{bucket.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
