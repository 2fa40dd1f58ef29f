// A chart's numbers as a table under a disclosure ("The numbers as a table"), for those who would
// rather read than look, and for screen readers beside the chart's text alternative. `empty` is
// said instead of the table when there are no rows.
import type { ReactNode } from "react";

export function ChartNumbers({
  caption,
  headers,
  rows,
  empty = "Nothing to show yet.",
}: {
  caption: string;
  headers: string[];
  /** One array of cells per row, its first cell naming the row. */
  rows: { key: string; cells: ReactNode[] }[];
  empty?: string;
}) {
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-brand-700 underline">The numbers as a table</summary>
      {rows.length === 0 ? (
        <p className="mt-2">{empty}</p>
      ) : (
        <table className="mt-2 text-left">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              {headers.map((header) => (
                <th key={header} scope="col" className="pr-6">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                {row.cells.map((cell, index) => (
                  <td key={headers[index]} className="pr-6">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
