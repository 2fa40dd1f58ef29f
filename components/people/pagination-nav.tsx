import Link from "next/link";
import { hrefWith } from "@/lib/people/list-params";

export type Pagination = {
  count: number;
  page: number;
  total_pages: number;
  has_next: boolean;
  has_previous: boolean;
};

const linkClass = "rounded border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100";

/** Previous / Next links that keep the list's filters, with "Page X of Y" and the count. */
export function PaginationNav({
  path,
  filters,
  pagination,
  noun,
}: {
  path: string;
  filters: Record<string, string | undefined>;
  pagination: Pagination;
  noun: [singular: string, plural: string];
}) {
  const { page, total_pages: totalPages, count } = pagination;
  return (
    <nav aria-label="Pagination" className="mt-6 flex items-center justify-between gap-4">
      {pagination.has_previous ? (
        <Link href={hrefWith(path, { ...filters, page: page - 1 })} className={linkClass}>
          Previous page
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-slate-600" data-testid="pagination-summary">
        Page {page} of {totalPages} · {count} {count === 1 ? noun[0] : noun[1]}
      </p>
      {pagination.has_next ? (
        <Link href={hrefWith(path, { ...filters, page: page + 1 })} className={linkClass}>
          Next page
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
