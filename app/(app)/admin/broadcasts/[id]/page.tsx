import type { Metadata } from "next";
import type { ReactNode } from "react";
import { BroadcastReceipts } from "@/components/broadcasts/broadcast-receipts";
import {
  audienceLabel,
  BroadcastStatusBadge,
  mediumLabel,
  mediumsLabel,
  roleGroupLabel,
} from "@/components/broadcasts/broadcast-words";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalTime } from "@/components/ui/local-time";
import { StaffPage } from "@/components/ui/staff-page";
import { getBroadcast } from "@/lib/broadcasts/get-broadcast";
import { orNotFound, pathIdOrNotFound, staffPageContext } from "@/app/(app)/admin/staff-page";
import { broadcastRefusal } from "../access";

export const metadata: Metadata = { title: "Broadcast" };

type Log = Awaited<ReturnType<typeof getBroadcast>>["logs"][number];

const logStatus: Record<string, string> = {
  sent: "Sent",
  failed: "Failed",
  partially_failed: "Partly failed",
  retried: "Retried",
};

const logColumns: Column<Log>[] = [
  { header: "People", cell: (log) => roleGroupLabel(log.role_type, log.target_role) },
  { header: "By", cell: (log) => mediumLabel(log.medium) },
  { header: "Result", cell: (log) => logStatus[log.status] ?? log.status },
  { header: "Details", cell: (log) => log.message },
  { header: "When", cell: (log) => <LocalTime iso={log.attempted_at} /> },
];

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="font-medium text-slate-600">{label}</dt>
      <dd className="mt-0.5">{children}</dd>
    </div>
  );
}

export default async function BroadcastPage({ params }: { params: Promise<{ id: string }> }) {
  const page = await staffPageContext("broadcasts:manage", broadcastRefusal);
  if ("noAccess" in page) return page.noAccess;
  const id = pathIdOrNotFound((await params).id);
  const broadcast = await orNotFound(getBroadcast({ ctx: page.ctx, input: { id } }));
  const author = broadcast.created_by?.user;
  return (
    <StaffPage
      title={broadcast.subject}
      width="wide"
      back={{ href: "/admin/broadcasts", label: "All broadcasts" }}
      subtitle={<BroadcastStatusBadge status={broadcast.status} />}
    >
      <dl className="mt-4 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2 lg:grid-cols-4">
        <Fact label="To">{audienceLabel(broadcast.target_roles)}</Fact>
        <Fact label="By">{mediumsLabel(broadcast.mediums)}</Fact>
        <Fact label="Written by">
          {author
            ? `${author.first_name} ${author.last_name}`.trim() || author.email
            : "Deleted account"}
        </Fact>
        <Fact label="Created">
          <LocalTime iso={broadcast.created_at} />
        </Fact>
      </dl>
      <section aria-labelledby="message-heading" className="mt-6">
        <h2 id="message-heading" className="sr-only">
          Message
        </h2>
        <p className="whitespace-pre-line break-words rounded-lg border border-slate-200 bg-white p-4">
          {broadcast.message}
        </p>
      </section>
      <BroadcastReceipts id={broadcast.id} status={broadcast.status} />
      <section aria-labelledby="log-heading" className="mt-10">
        <h2 id="log-heading" className="text-lg font-semibold">
          Delivery log
        </h2>
        {broadcast.last_attempt ? (
          <p className="text-sm text-slate-600">
            Last attempt <LocalTime iso={broadcast.last_attempt} />
          </p>
        ) : null}
        {broadcast.logs.length === 0 ? (
          <EmptyState>The log appears when sending is done.</EmptyState>
        ) : (
          <DataTable
            caption="What sending did, per medium and role"
            columns={logColumns}
            rows={broadcast.logs}
            rowKey={(log) => String(log.id)}
            rowTestId="broadcast-log"
          />
        )}
      </section>
    </StaffPage>
  );
}
