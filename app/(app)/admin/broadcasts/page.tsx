import type { Metadata } from "next";
import Link from "next/link";
import {
  audienceLabel,
  BroadcastStatusBadge,
  mediumsLabel,
} from "@/components/broadcasts/broadcast-words";
import { buttonClass } from "@/components/ui/button";
import type { Column } from "@/components/ui/data-table";
import { EmptyMessage, ListResults } from "@/components/ui/list-results";
import { LocalTime } from "@/components/ui/local-time";
import { StaffPage } from "@/components/ui/staff-page";
import { listBroadcasts } from "@/lib/broadcasts/list-broadcasts";
import { broadcastsQuery } from "@/lib/broadcasts/schemas";
import { pageView } from "@/lib/http/pagination";
import { param, type SearchParams } from "@/lib/people/list-params";
import { staffPageContext } from "@/app/(app)/admin/staff-page";
import { unlessPastTheEnd } from "../unless-past-the-end";
import { broadcastRefusal } from "./access";

export const metadata: Metadata = { title: "Broadcasts" };

const path = "/admin/broadcasts";
type Row = Awaited<ReturnType<typeof listBroadcasts>>["items"][number];

const columns: Column<Row>[] = [
  {
    header: "Subject",
    cell: (row) => (
      <Link href={`${path}/${row.id}`} className="font-medium text-brand-700 underline">
        {row.subject}
      </Link>
    ),
  },
  { header: "Status", cell: (row) => <BroadcastStatusBadge status={row.status} /> },
  { header: "To", cell: (row) => audienceLabel(row.target_roles) },
  { header: "By", cell: (row) => mediumsLabel(row.mediums) },
  {
    header: "Sent by",
    cell: (row) =>
      row.created_by ? (
        `${row.created_by.user.first_name} ${row.created_by.user.last_name}`.trim() ||
        row.created_by.user.email
      ) : (
        <span className="text-slate-600">Deleted account</span>
      ),
  },
  { header: "Created", cell: (row) => <LocalTime iso={row.created_at} /> },
];

export default async function BroadcastsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const page = await staffPageContext("broadcasts:manage", broadcastRefusal);
  if ("noAccess" in page) return page.noAccess;
  const { ctx } = page;
  const parsed = broadcastsQuery.safeParse({ page: param(await searchParams, "page") });
  const query = parsed.success ? parsed.data : broadcastsQuery.parse({});
  const list = await unlessPastTheEnd(listBroadcasts({ ctx, query }).then(pageView));
  return (
    <StaffPage
      title="Broadcasts"
      description="Messages to everyone with chosen roles, and who has read them."
      actions={
        <Link href={`${path}/new`} className={buttonClass("primary")}>
          New broadcast
        </Link>
      }
    >
      <ListResults
        path={path}
        filters={{}}
        pagination={list?.pagination ?? null}
        rows={list?.results ?? []}
        caption="Broadcasts, newest first"
        columns={columns}
        rowKey={(row) => String(row.id)}
        rowTestId="broadcast-row"
        noun={["broadcast", "broadcasts"]}
        empty={{
          pastTheEnd: (
            <EmptyMessage href={path} link="Back to the first page">
              There is no such page.
            </EmptyMessage>
          ),
          noMatch: null,
          noneYet: (
            <p>
              No broadcasts yet.{" "}
              <Link href={`${path}/new`} className="text-brand-700 underline">
                Write the first one
              </Link>{" "}
              to reach candidates or staff by role.
            </p>
          ),
        }}
      />
    </StaffPage>
  );
}
