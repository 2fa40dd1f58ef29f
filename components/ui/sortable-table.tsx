"use client";
// The UI kit's sortable table: DataTable's look, with a button in each sortable column's header.
// Pressing it sorts by that column (first in its `firstDirection`, then the other way); the header
// says how the table is sorted (aria-sort) and a polite live region says it in words. Rows whose
// value is missing (null) always go last. Sorting happens in the browser: for tables that hold
// every row (an exam's questions), not for paged lists.
import { useMemo, useState, type ReactNode } from "react";

export type SortableColumn<Row> = {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** The value to sort by; columns without one are not sortable. */
  sortValue?: (row: Row) => number | string | null;
  /** The direction of the first press (numbers people look for the lowest of: "ascending"). */
  firstDirection?: "ascending" | "descending";
  /** Right-aligned numbers. */
  numeric?: boolean;
};

type Sort = { key: string; direction: "ascending" | "descending" };

export function SortableTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  rowTestId,
  initialSort,
}: {
  caption: string;
  columns: SortableColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  rowTestId?: string;
  initialSort?: Sort;
}) {
  const [sort, setSort] = useState<Sort | null>(initialSort ?? null);
  const sorted = useMemo(() => {
    const column = columns.find((entry) => entry.key === sort?.key);
    if (!sort || !column?.sortValue) return rows;
    const value = column.sortValue;
    const sign = sort.direction === "ascending" ? 1 : -1;
    return rows
      .map((row, index) => ({ row, index, value: value(row) }))
      .sort((a, b) => {
        if (a.value === null || b.value === null) {
          return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
        }
        const order =
          typeof a.value === "number" && typeof b.value === "number"
            ? a.value - b.value
            : String(a.value).localeCompare(String(b.value));
        return order * sign || a.index - b.index;
      })
      .map((entry) => entry.row);
  }, [columns, rows, sort]);

  const press = (column: SortableColumn<Row>) =>
    setSort((current) =>
      current?.key === column.key
        ? {
            key: column.key,
            direction: current.direction === "ascending" ? "descending" : "ascending",
          }
        : { key: column.key, direction: column.firstDirection ?? "ascending" },
    );
  const sortedBy = columns.find((column) => column.key === sort?.key);

  return (
    <div className="relative mt-4 overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <p className="sr-only" aria-live="polite">
        {sortedBy && sort
          ? `Sorted by ${sortedBy.header}, ${sort.direction === "ascending" ? "lowest" : "highest"} first.`
          : ""}
      </p>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            {columns.map((column) => {
              const active = sort?.key === column.key;
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={active ? sort!.direction : undefined}
                  className={`px-4 py-2 align-bottom ${column.numeric ? "text-right" : ""}`}
                >
                  {column.sortValue ? (
                    <button
                      type="button"
                      onClick={() => press(column)}
                      className="inline-flex items-center gap-1 whitespace-nowrap rounded font-semibold underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
                    >
                      {column.header}
                      <span aria-hidden="true" className="text-xs text-slate-500">
                        {active ? (sort!.direction === "ascending" ? "▲" : "▼") : "↕"}
                      </span>
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {sorted.map((row) => (
            <tr key={rowKey(row)} data-testid={rowTestId} className="align-top">
              {columns.map((column) => (
                <td
                  key={column.key}
                  className={`px-4 py-2 ${column.numeric ? "text-right tabular-nums" : ""}`}
                >
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
