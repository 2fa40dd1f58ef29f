// The exam page's Invitations tab (managers and up): invite one person or a pasted list, and see
// every invitation with its state — sent, accepted (the person set a password), taken.
import type { Metadata } from "next";
import { InviteForm } from "@/components/invitations/invite-form";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalTime } from "@/components/ui/local-time";
import { can } from "@/lib/auth/require-permission";
import { listInvitations } from "@/lib/invitations/list-invitations";
import { examStatus } from "@/lib/exams/status";
import { loadExam as loadExamRow } from "@/lib/exams/load-exam";
import { openExamTab, type ExamTabProps } from "../exam-data";

export const metadata: Metadata = { title: "Exam invitations" };

type Row = Awaited<ReturnType<typeof listInvitations>>["items"][number];

const statusWords: Record<Row["status"], [BadgeTone, string]> = {
  sent: ["blue", "Invited"],
  accepted: ["violet", "Accepted"],
  taken: ["green", "Exam taken"],
};

const columns: Column<Row>[] = [
  {
    header: "Person",
    cell: (row) => (
      <>
        <span className="font-medium">{`${row.first_name} ${row.last_name}`.trim()}</span>
        <span className="block text-sm text-slate-600">{row.email}</span>
      </>
    ),
  },
  {
    header: "State",
    cell: (row) => (
      <Badge tone={statusWords[row.status][0]} data-status={row.status}>
        {statusWords[row.status][1]}
      </Badge>
    ),
  },
  {
    header: "Link sent",
    cell: (row) => (
      <>
        <LocalTime iso={row.last_sent_at} />
        {row.sent_count > 1 ? (
          <span className="block text-sm text-slate-600">{row.sent_count} times</span>
        ) : null}
      </>
    ),
  },
  {
    header: "Accepted",
    cell: (row) => (row.accepted_at ? <LocalTime iso={row.accepted_at} /> : "Not yet"),
  },
];

export default async function ExamInvitationsPage(props: ExamTabProps) {
  const tab = await openExamTab(props);
  if (!tab) return null;
  const { id, ctx } = tab;
  if (!can(ctx, "exams:invite")) {
    return <EmptyState>Invitations are sent by managers and superadmins.</EmptyState>;
  }
  const exam = await loadExamRow(ctx, id);
  const status = examStatus(exam, ctx.clock.now());
  const { items } = await listInvitations({
    ctx,
    input: { examId: id },
    page: { page: 1, pageSize: 100, offset: 0 },
  });
  const closed = status === "concluded" || status === "cancelled";
  return (
    <div className="space-y-6">
      {closed ? (
        <p className="text-slate-700">
          This exam is {status === "concluded" ? "over" : "cancelled"}: nobody can be invited to it.
        </p>
      ) : (
        <>
          <p className="text-slate-700">
            An invited person gets an email with a link to choose a password and go straight to this
            exam. The invitation lets them take this exam whatever their stage.
          </p>
          <InviteForm examId={id} />
        </>
      )}
      {items.length === 0 ? (
        <EmptyState>Nobody has been invited to this exam yet.</EmptyState>
      ) : (
        <DataTable
          caption="Invitations, newest first"
          columns={columns}
          rows={items}
          rowKey={(row) => row.id}
          rowTestId="invitation-row"
        />
      )}
    </div>
  );
}
