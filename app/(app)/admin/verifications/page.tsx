import type { Metadata } from "next";
import { staffPageContext } from "@/app/(app)/admin/staff-page";
import { StaffPage } from "@/components/ui/staff-page";
import Link from "next/link";
import {
  emptyMessage,
  parseQueueFilter,
  queueHref,
  queueQuery,
  queueTabLabels,
  queueTabs,
  type QueueFilter,
} from "@/components/verification/queue-filter";
import { ReviewQueue } from "@/components/verification/review-queue";
import type { DocumentView, QueueEntry } from "@/components/verification/types";
import { documentTypes, type DocumentType } from "@/components/verification/upload-rules";
import type { Context } from "@/lib/context";
import { pageView } from "@/lib/http/pagination";
import { NotFound } from "@/lib/errors";
import { documentLink } from "@/lib/verification/document-link";
import { listVerifications } from "@/lib/verification/list-verifications";
import { unlessPastTheEnd } from "../unless-past-the-end";

export const metadata: Metadata = { title: "Verification requests" };

type ListPage = Awaited<ReturnType<typeof listVerifications>>;
type ListView = ReturnType<typeof pageView<ListItem, ListPage>>;
type ListItem = ListPage["items"][number];

async function documentViews(ctx: Context, item: ListItem) {
  const entries = await Promise.all(
    documentTypes.map(async (type): Promise<[DocumentType, DocumentView, string | null]> => {
      if (!item.documents[type]) return [type, { state: "missing" }, null];
      try {
        const link = await documentLink({ ctx, input: { type, userId: item.user.id } });
        return [
          type,
          { state: "ok", url: link.url, contentType: link.content_type },
          link.expires_at,
        ];
      } catch (error) {
        if (error instanceof NotFound) return [type, { state: "unavailable" }, null];
        throw error;
      }
    }),
  );
  return {
    documents: Object.fromEntries(entries.map(([type, view]) => [type, view])) as Record<
      DocumentType,
      DocumentView
    >,
    expiries: entries.flatMap(([, , expiresAt]) => (expiresAt ? [Date.parse(expiresAt)] : [])),
  };
}

function Tabs({ filter }: { filter: QueueFilter }) {
  return (
    <nav aria-label="Filter by status" className="mt-6 border-b border-slate-200">
      <ul className="flex gap-1">
        {queueTabs.map((tab) => {
          const current = tab === filter.tab;
          return (
            <li key={tab}>
              <Link
                href={queueHref({ tab, search: filter.search })}
                aria-current={current ? "page" : undefined}
                className={`-mb-px inline-block border-b-2 px-4 py-2 text-sm font-medium ${current ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
              >
                {queueTabLabels[tab]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function Pagination({ filter, list }: { filter: QueueFilter; list: ListView }) {
  const {
    page,
    total_pages: totalPages,
    has_next: hasNext,
    has_previous: hasPrevious,
  } = list.pagination;
  if (totalPages <= 1) return null;
  const linkClass = "rounded border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100";
  return (
    <nav aria-label="Pagination" className="mt-6 flex items-center justify-between">
      {hasPrevious ? (
        <Link href={queueHref({ ...filter, page: page - 1 })} className={linkClass}>
          Previous page
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-slate-600">
        Page {page} of {totalPages}
      </p>
      {hasNext ? (
        <Link href={queueHref({ ...filter, page: page + 1 })} className={linkClass}>
          Next page
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

export default async function VerificationQueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const page = await staffPageContext("verification:review", {
    title: "You don't have access to the verification queue",
    explanation:
      "Reviewing identity documents is limited to verified managers and superadmins. If you think you should have access, ask a manager.",
  });
  if ("noAccess" in page) return page.noAccess;
  const { ctx } = page;

  const filter = parseQueueFilter(await searchParams);
  const list = await unlessPastTheEnd(
    listVerifications({ ctx, query: queueQuery(filter) }).then(pageView),
  );

  const views = list ? await Promise.all(list.results.map((item) => documentViews(ctx, item))) : [];
  const entries: QueueEntry[] = list
    ? list.results.map((item, index) => ({ item, documents: views[index]!.documents }))
    : [];
  const expiries = views.flatMap((view) => view.expiries);
  // Refresh the page's signed links 30 s before the first one expires (never sooner than 10 s).
  const refreshInMs = expiries.length
    ? Math.max(10_000, Math.min(...expiries) - ctx.clock.now().getTime() - 30_000)
    : null;
  const count = list?.pagination.count ?? 0;

  return (
    <StaffPage
      title="Verification requests"
      width="wide"
      description="Check each person's documents, then approve or reject their identity verification."
    >
      <Tabs filter={filter} />

      <form
        method="get"
        action="/admin/verifications"
        role="search"
        className="mt-4 flex flex-wrap items-end gap-2"
      >
        {filter.tab !== "pending" ? <input type="hidden" name="status" value={filter.tab} /> : null}
        <div className="min-w-64 flex-1">
          <label htmlFor="search" className="block text-sm font-medium">
            Search by name or email
          </label>
          <input
            id="search"
            name="search"
            type="search"
            defaultValue={filter.search}
            maxLength={200}
            className="mt-1 w-full rounded border border-slate-300 bg-white px-3 py-2"
          />
        </div>
        <button
          type="submit"
          className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
        >
          Search
        </button>
        {filter.search ? (
          <Link
            href={queueHref({ tab: filter.tab })}
            className="px-2 py-2 text-sm text-brand-700 underline"
          >
            Clear search
          </Link>
        ) : null}
      </form>

      {list ? (
        <p className="mt-4 text-sm text-slate-600" data-testid="queue-count">
          {count} {filter.tab === "all" ? "" : `${filter.tab} `}request{count === 1 ? "" : "s"}
          {filter.search ? ` matching “${filter.search}”` : ""}
        </p>
      ) : (
        <p className="mt-4 text-sm text-slate-600">
          That page does not exist.{" "}
          <Link href={queueHref({ ...filter, page: 1 })} className="text-brand-700 underline">
            Go to the first page
          </Link>
        </p>
      )}

      <ReviewQueue
        entries={entries}
        viewerId={ctx.actor.user.id}
        emptyText={list ? emptyMessage(filter) : "No requests on this page."}
        refreshInMs={refreshInMs}
      />
      {list ? <Pagination filter={filter} list={list} /> : null}
    </StaffPage>
  );
}
