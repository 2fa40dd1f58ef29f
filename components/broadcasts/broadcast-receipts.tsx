"use client";
// A broadcast's read receipts on its staff page: how many have read it, per role and medium, and
// who has not read it yet. Read every 5 seconds, so the numbers move while people read; when the
// broadcast's status changes (sending → sent) the page is refreshed for its logs.
import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { getJson } from "@/components/api/fetch-json";
import { Button } from "@/components/ui/button";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalTime } from "@/components/ui/local-time";
import { roleLabel } from "@/lib/auth/roles";
import { broadcastReceipts, unreadRecipientList } from "@/lib/broadcasts/schemas";
import { plural } from "@/lib/plural";
import { mediumLabel, roleGroupLabel, type BroadcastStatus } from "./broadcast-words";

/** How often the receipts are read again while the page is open. */
export const receiptsRefreshMs = 5_000;
const unreadPageSize = 20;

type Unread = ReturnType<typeof unreadRecipientList.parse>["results"][number];

const unreadColumns: Column<Unread>[] = [
  {
    header: "Name",
    cell: (person) => `${person.first_name} ${person.last_name}`.trim() || "—",
  },
  { header: "Email", cell: (person) => <span className="break-all">{person.email}</span> },
  {
    header: "Role",
    cell: (person) => `${roleLabel(person.role)} (${person.role_type})`,
  },
  { header: "Delivered", cell: (person) => <LocalTime iso={person.delivered_at} /> },
];

function ReadBar({ read, delivered }: { read: number; delivered: number }) {
  const share = delivered === 0 ? 0 : Math.round((read / delivered) * 100);
  return (
    <div className="h-2.5 w-full overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
      <div className="h-full rounded-full bg-brand-600" style={{ width: `${share}%` }} />
    </div>
  );
}

export function BroadcastReceipts({ id, status }: { id: number; status: BroadcastStatus }) {
  const router = useRouter();
  const [page, setPage] = useState(1);
  const receipts = useQuery({
    queryKey: ["broadcast-receipts", id],
    queryFn: () => getJson(`/api/v1/broadcasts/${id}/receipts/`, broadcastReceipts),
    refetchInterval: receiptsRefreshMs,
  });
  const unread = useQuery({
    queryKey: ["broadcast-unread", id, page],
    queryFn: () =>
      getJson(
        `/api/v1/broadcasts/${id}/unread/?page=${page}&page_size=${unreadPageSize}`,
        unreadRecipientList,
      ),
    refetchInterval: receiptsRefreshMs,
  });
  const latestStatus = receipts.data?.status;
  useEffect(() => {
    if (latestStatus && latestStatus !== status) router.refresh();
  }, [latestStatus, status, router]);
  // People read while the list is open: a page that empties moves back one.
  const pages = unread.data?.pagination.total_pages;
  useEffect(() => {
    if (unread.isError && page > 1) setPage((now) => Math.max(1, now - 1));
  }, [unread.isError, page, pages]);

  if (receipts.isPending) return <p className="mt-6 text-slate-600">Loading read receipts…</p>;
  if (receipts.isError) {
    return (
      <p className="mt-6 text-red-700">
        Read receipts could not be loaded. {receipts.error.message}
      </p>
    );
  }
  const { totals, groups, as_of: asOf } = receipts.data;
  const platform = groups.filter((group) => group.medium === "platform");
  const email = groups.filter((group) => group.medium === "email");
  const share = totals.delivered === 0 ? 0 : Math.round((totals.read / totals.delivered) * 100);

  return (
    <section aria-labelledby="receipts-heading" className="mt-8" data-testid="broadcast-receipts">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="receipts-heading" className="text-lg font-semibold">
          Read receipts
        </h2>
        <p className="text-xs text-slate-600">
          Updated every {receiptsRefreshMs / 1000} seconds · as of{" "}
          <LocalTime iso={asOf} style="time" />
        </p>
      </div>
      {groups.length === 0 ? (
        <EmptyState>
          {status === "pending" || status === "sending"
            ? "Nobody has received it yet: it is being sent."
            : "It reached nobody: no active account had the chosen roles."}
        </EmptyState>
      ) : (
        <>
          {platform.length > 0 ? (
            <>
              <p className="mt-3 text-2xl font-semibold" data-testid="receipts-total">
                {totals.read} of {plural(totals.delivered, "person", "people")} read it{" "}
                <span className="text-base font-normal text-slate-600">({share}%)</span>
              </p>
              <p className="text-sm text-slate-600" data-testid="receipts-unread">
                {totals.unread === 0
                  ? "Everyone it was sent to has read it."
                  : `${plural(totals.unread, "person has", "people have")} not read it yet.`}
              </p>
              <ul className="mt-4 space-y-3" aria-label="Read by role">
                {platform.map((group) => (
                  <li key={`${group.role_type}-${group.role}`} data-testid="receipt-group">
                    <div className="flex flex-wrap justify-between gap-x-4 text-sm">
                      <span className="font-medium">
                        {roleGroupLabel(group.role_type, group.role)}
                      </span>
                      <span>
                        {group.read} of {group.delivered} read · {group.unread} unread
                      </span>
                    </div>
                    <ReadBar read={group.read ?? 0} delivered={group.delivered} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {email.length > 0 ? (
            <p className="mt-4 text-sm text-slate-700">
              {mediumLabel("email")}:{" "}
              {email
                .map(
                  (group) =>
                    `${group.delivered} to ${roleGroupLabel(group.role_type, group.role).toLowerCase()}`,
                )
                .join(", ")}
              . Whether emails are opened is not tracked.
            </p>
          ) : null}
        </>
      )}

      {platform.length > 0 ? (
        <section aria-labelledby="unread-heading" className="mt-8">
          <h3 id="unread-heading" className="font-semibold">
            Who has not read it
          </h3>
          {unread.data && unread.data.results.length > 0 ? (
            <>
              <DataTable
                caption="People who have not read the broadcast"
                columns={unreadColumns}
                rows={unread.data.results}
                rowKey={(person) => person.id}
                rowTestId="unread-person"
              />
              {unread.data.pagination.total_pages > 1 ? (
                <nav
                  aria-label="Pages of people"
                  className="mt-3 flex items-center justify-between gap-3 text-sm"
                >
                  <Button
                    size="small"
                    disabled={!unread.data.pagination.has_previous}
                    onClick={() => setPage(page - 1)}
                  >
                    Previous
                  </Button>
                  <span className="text-slate-600">
                    Page {page} of {unread.data.pagination.total_pages}
                  </span>
                  <Button
                    size="small"
                    disabled={!unread.data.pagination.has_next}
                    onClick={() => setPage(page + 1)}
                  >
                    Next
                  </Button>
                </nav>
              ) : null}
            </>
          ) : unread.isPending ? (
            <p className="mt-2 text-slate-600">Loading…</p>
          ) : (
            <EmptyState className="mt-2">Everyone has read it.</EmptyState>
          )}
        </section>
      ) : null}
    </section>
  );
}
