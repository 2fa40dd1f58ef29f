import type { ReactNode } from "react";

/** One column: its header and what each row shows under it. */
export type Column<Row> = { header: string; cell: (row: Row) => ReactNode };

/** A scrollable table with a screen-reader caption, header row and one row per item. */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  rowTestId,
}: {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  rowTestId?: string;
}) {
  return (
    // Positioned, so screen-reader-only text in a cell (absolutely placed) scrolls with the table
    // instead of widening a phone's page.
    <div className="relative mt-6 overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className="px-4 py-2">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map((row) => (
            <tr key={rowKey(row)} data-testid={rowTestId}>
              {columns.map((column) => (
                <td key={column.header} className="px-4 py-2">
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
