// One page of a staff list: the table and its pagination, or, when the page is empty, the message
// for why: past the end of the list (`pagination` null), nothing matches the filters, or nothing
// exists yet.
import { EmptyState } from "./empty-state";
import Link from "next/link";
import type { ReactNode } from "react";
import { PaginationNav, type Pagination } from "@/components/people/pagination-nav";
import { DataTable, type Column } from "./data-table";

export type ListResultsProps<Row> = {
  path: string;
  filters: Record<string, string | undefined>;
  pagination: Pagination | null;
  rows: Row[];
  caption: string;
  columns: Column<Row>[];
  rowKey: (row: Row) => string;
  rowTestId: string;
  noun: [singular: string, plural: string];
  empty: { pastTheEnd: ReactNode; noMatch: ReactNode; noneYet: ReactNode };
  emptyTestId?: string;
};

export function ListResults<Row>({
  path,
  filters,
  pagination,
  rows,
  caption,
  columns,
  rowKey,
  rowTestId,
  noun,
  empty,
  emptyTestId,
}: ListResultsProps<Row>) {
  if (pagination && rows.length > 0) {
    return (
      <>
        <DataTable
          caption={caption}
          columns={columns}
          rows={rows}
          rowKey={rowKey}
          rowTestId={rowTestId}
        />
        <PaginationNav path={path} filters={filters} pagination={pagination} noun={noun} />
      </>
    );
  }
  const filtered = Object.keys(filters).length > 0;
  return (
    <EmptyState className="mt-6" testId={emptyTestId}>
      {!pagination ? empty.pastTheEnd : filtered ? empty.noMatch : empty.noneYet}
    </EmptyState>
  );
}

/** An empty list's message, then a link onwards (e.g. back to the whole list). */
export function EmptyMessage({
  children,
  href,
  link,
}: {
  children: ReactNode;
  href: string;
  link: string;
}) {
  return (
    <p>
      {children}{" "}
      <Link href={href} className="text-brand-700 underline">
        {link}
      </Link>
    </p>
  );
}
