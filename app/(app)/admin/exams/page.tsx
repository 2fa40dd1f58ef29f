import type { Metadata } from "next";
import { StaffPage } from "@/components/ui/staff-page";
import Link from "next/link";
import { ExamStatusBadge } from "@/components/exam-admin/status-badge";
import { LocalTime } from "@/components/ui/local-time";
import { ListFilters } from "@/components/people/list-filters";
import type { Column } from "@/components/ui/data-table";
import { EmptyMessage, ListResults } from "@/components/ui/list-results";
import { pageView } from "@/lib/http/pagination";
import { examListExtras, type ExamListExtras } from "@/lib/exams/list-extras";
import { listExams } from "@/lib/exams/list-exams";
import { examStages, listExamsQuery } from "@/lib/exams/schemas";
import { stageLabel, stageName } from "@/lib/exams/stage-label";
import { formatHours, formatMinutes } from "@/lib/time/format-duration";
import { param, pick, type SearchParams } from "@/lib/people/list-params";
import { staffPageContext } from "@/app/(app)/admin/staff-page";
import { examManagementRefusal } from "./access";
import { unlessPastTheEnd } from "../unless-past-the-end";

export const metadata: Metadata = { title: "Exams" };

const path = "/admin/exams";
const filterKeys = ["stage", "active", "date_from", "date_to"] as const;

type Item = NonNullable<Awaited<ReturnType<typeof listExams>>>["items"][number];
type Row = Item & { extras: ExamListExtras | undefined };

const columns: Column<Row>[] = [
  {
    header: "Title",
    cell: (row) => (
      <Link href={`/admin/exams/${row.id}`} className="font-medium text-brand-700 underline">
        {row.title}
      </Link>
    ),
  },
  { header: "Stage", cell: (row) => stageLabel(row) },
  { header: "Status", cell: (row) => <ExamStatusBadge status={row.status} /> },
  {
    header: "Opens",
    cell: (row) =>
      row.scheduled_date ? (
        <LocalTime iso={row.scheduled_date} />
      ) : (
        <span className="text-slate-600">Not scheduled</span>
      ),
  },
  {
    header: "Time per candidate",
    cell: (row) => (
      <span className="whitespace-nowrap">
        {row.extras ? formatMinutes(row.extras.countdown_minutes) : "—"}
      </span>
    ),
  },
  {
    header: "Open for",
    cell: (row) => (
      <span className="whitespace-nowrap">
        {row.extras ? formatHours(row.extras.open_duration_hours) : "—"}
      </span>
    ),
  },
  { header: "Questions", cell: (row) => row.question_count },
  { header: "Attempts", cell: (row) => row.extras?.attempts ?? "—" },
  {
    header: "Average score",
    cell: (row) =>
      row.extras?.average_score != null ? (
        <>
          {row.extras.average_score.toFixed(2)}
          <span className="text-slate-600"> ({row.extras.scores})</span>
        </>
      ) : (
        <span className="text-slate-600">No scores</span>
      ),
  },
];

export default async function ExamsAdminPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const page = await staffPageContext("exams:manage", examManagementRefusal);
  if ("noAccess" in page) return page.noAccess;
  const { ctx } = page;

  const raw = await searchParams;
  const filters = pick(raw, filterKeys);
  const parsed = listExamsQuery.safeParse({ ...filters, ...pick(raw, ["page"]) });
  const query = parsed.success ? parsed.data : listExamsQuery.parse({});
  const list = await unlessPastTheEnd(listExams({ ctx, query }).then(pageView));
  const extras = await examListExtras({
    ctx,
    input: { ids: list?.results.map((item) => item.id) ?? [] },
  });
  const extrasById = new Map(extras.map((entry) => [entry.id, entry]));
  const rows: Row[] = (list?.results ?? []).map((item) => ({
    ...item,
    extras: extrasById.get(item.id),
  }));
  const pool = list?.question_pool_data;
  const deleted = param(raw, "notice") === "deleted";

  return (
    <StaffPage
      title="Exams"
      actions={
        <Link
          href="/admin/exams/new"
          className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
        >
          New exam
        </Link>
      }
    >
      {deleted ? (
        <p
          role="status"
          data-testid="exam-notice"
          className="mt-4 rounded border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800"
        >
          The exam was deleted. Its recorded scores are kept.
        </p>
      ) : null}
      {pool ? (
        <p className="mt-2 text-sm text-slate-600" data-testid="exam-list-pool">
          Question bank: {pool.total_questions} questions ({pool.easy_questions_count} easy,{" "}
          {pool.moderate_questions_count} moderate, {pool.hard_questions_count} hard).
        </p>
      ) : null}

      <ListFilters
        path={path}
        label="Filter exams"
        columns={4}
        values={filters}
        understood={parsed.success}
        fields={[
          {
            kind: "select",
            name: "stage",
            label: "Stage",
            options: [
              ["", "Any stage"],
              ...examStages.map((stage): [string, string] => [stage, stageName(stage)]),
            ],
          },
          {
            kind: "select",
            name: "active",
            label: "Active",
            options: [
              ["", "Either"],
              ["true", "Active"],
              ["false", "Not active"],
            ],
          },
          { kind: "date", name: "date_from", label: "Opens on or after", note: true },
          { kind: "date", name: "date_to", label: "Opens on or before", note: true },
        ]}
        note="Dates are whole days in UTC. Drafts have no date, so a date range leaves them out."
      />

      <ListResults
        path={path}
        filters={filters}
        pagination={list?.pagination ?? null}
        rows={rows}
        caption="Exams"
        columns={columns}
        rowKey={(row) => String(row.id)}
        rowTestId="exam-row"
        noun={["exam", "exams"]}
        emptyTestId="exam-list-empty"
        empty={{
          pastTheEnd: (
            <EmptyMessage href={path} link="Show all exams">
              There is no such page.
            </EmptyMessage>
          ),
          noMatch: (
            <EmptyMessage href={path} link="Show all exams">
              No exams match these filters.
            </EmptyMessage>
          ),
          noneYet: (
            <EmptyMessage href="/admin/exams/new" link="Create the first one">
              No exams yet.
            </EmptyMessage>
          ),
        }}
      />
    </StaffPage>
  );
}
