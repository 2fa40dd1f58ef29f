import Link from "next/link";
import { DataTable, type Column } from "@/components/ui/data-table";
import { PaginationNav, type Pagination } from "./pagination-nav";

/** A person's name in a list: a link to their details page where the viewer may open it. */
export function PersonName({ id, name, linked }: { id: string; name: string; linked: boolean }) {
  return linked ? (
    <Link href={`/admin/people/${id}`} className="font-medium text-brand-700 underline">
      {name}
    </Link>
  ) : (
    <span className="font-medium">{name}</span>
  );
}

/**
 * One page of an admin people list: the table and its pagination, or, when the page is empty or
 * past the end (`pagination` null), what that means and a link back to the whole list.
 */
export function PeopleResults<Row>({
  path,
  filters,
  pagination,
  rows,
  caption,
  columns,
  rowKey,
  noun,
  empty,
}: {
  path: string;
  filters: Record<string, string | undefined>;
  pagination: Pagination | null;
  rows: Row[];
  caption: string;
  columns: Column<Row>[];
  rowKey: (row: Row) => string;
  noun: [singular: string, plural: string];
  /** `noneYet` is said of an empty unfiltered list; without it, `noMatch` and the link always. */
  empty: { noMatch: string; noneYet?: string; showAll: string };
}) {
  if (pagination && rows.length > 0) {
    return (
      <>
        <DataTable
          caption={caption}
          columns={columns}
          rows={rows}
          rowKey={rowKey}
          rowTestId="person-row"
        />
        <PaginationNav path={path} filters={filters} pagination={pagination} noun={noun} />
      </>
    );
  }
  const filtered = Object.keys(filters).length > 0;
  const unfilteredText = empty.noneYet === undefined ? empty.noMatch : empty.noneYet;
  return (
    <p className="mt-6 rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600">
      {pagination ? (filtered ? empty.noMatch : unfilteredText) : "There is no such page."}{" "}
      {filtered || !pagination || empty.noneYet === undefined ? (
        <Link href={path} className="text-brand-700 underline">
          {empty.showAll}
        </Link>
      ) : null}
    </p>
  );
}
