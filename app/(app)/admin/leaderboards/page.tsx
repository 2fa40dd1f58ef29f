// Staff leaderboards (admin+): publish a new snapshot, watch it arrive, and the snapshot history.
import type { Metadata } from "next";
import Link from "next/link";
import { PublishPanel } from "@/components/leaderboards/publish-panel";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalTime } from "@/components/ui/local-time";
import { StaffPage } from "@/components/ui/staff-page";
import { listSnapshots } from "@/lib/leaderboards/list-snapshots";
import { staffPageContext } from "@/app/(app)/admin/staff-page";

export const metadata: Metadata = { title: "Leaderboards" };

export default async function StaffLeaderboardsPage() {
  const page = await staffPageContext("leaderboards:publish", {
    title: "You can't publish leaderboards",
    explanation: "Publishing leaderboards is for verified admins and above.",
  });
  if ("noAccess" in page) return page.noAccess;
  const snapshots = await listSnapshots({ ctx: page.ctx, input: { limit: 20 } });
  return (
    <StaffPage
      title="Leaderboards"
      width="narrow"
      description={
        <>
          Publish the boards candidates see.{" "}
          <Link href="/leaderboards" className="text-brand-700 underline">
            See the published boards
          </Link>
          .
        </>
      }
    >
      <PublishPanel />
      <h2 className="mt-10 text-xl font-semibold">History</h2>
      {snapshots.length === 0 ? (
        <EmptyState className="mt-4" testId="no-snapshots">
          Nothing has been published yet.
        </EmptyState>
      ) : (
        <DataTable
          caption="Published snapshots, newest first"
          rows={snapshots}
          rowKey={(snapshot) => String(snapshot.id)}
          rowTestId="snapshot-row"
          columns={[
            { header: "Snapshot", cell: (snapshot) => `#${snapshot.id}` },
            { header: "Published", cell: (snapshot) => <LocalTime iso={snapshot.publishedAt} /> },
            { header: "By", cell: (snapshot) => snapshot.publishedBy ?? "—" },
            { header: "Exams ranked", cell: (snapshot) => snapshot.boardCount },
            { header: "Entries", cell: (snapshot) => snapshot.entryCount },
          ]}
        />
      )}
    </StaffPage>
  );
}
