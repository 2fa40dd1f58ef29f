// What the exam page's layout and tabs load: the exam (with one page of its questions; a page
// past the end shows the first, an unknown exam is a 404) and the times of its window.
import type { Context } from "@/lib/context";
import { pageView } from "@/lib/http/pagination";
import { examDetail } from "@/lib/exams/get-exam";
import { examDetailQuery } from "@/lib/exams/schemas";
import type { SearchParams } from "@/lib/people/list-params";
import { orNotFound, pathIdOrNotFound, staffPageContext } from "@/app/(app)/admin/staff-page";
import { examManagementRefusal } from "../../access";
import { unlessPastTheEnd } from "../../../unless-past-the-end";

export const questionPageSize = 10;

export type ExamTabProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
};

/**
 * What every tab starts with: the exam's id (404 when it is not one), the staff context, and the
 * query. Null when the person may not manage exams: the layout shows the refusal, and this only
 * keeps the tab from loading anything.
 */
export async function openExamTab({ params, searchParams }: ExamTabProps) {
  const id = pathIdOrNotFound((await params).id);
  const page = await staffPageContext("exams:manage", examManagementRefusal);
  if ("noAccess" in page) return null;
  return { id, ctx: page.ctx, raw: await searchParams };
}

export async function loadExam(ctx: Context, id: number, questionPage = 1, pageSize = 1) {
  const load = (pageNumber: number) =>
    examDetail({
      ctx,
      input: {
        id,
        query: examDetailQuery.parse({
          page: String(pageNumber),
          page_size: String(pageSize),
        }),
      },
    }).then((detail) => ({ ...detail, questions: pageView(detail.questions) }));
  const found = questionPage > 1 ? await unlessPastTheEnd(load(questionPage)) : null;
  return found ?? orNotFound(load(1));
}

type ExamTimes = {
  scheduled_date: string | null;
  open_duration_hours: number;
  concluded_at: string | null;
};

/** When the window was to close, and when it did close if an admin ended it early. */
export function windowTimes(exam: ExamTimes) {
  const plannedClose = exam.scheduled_date
    ? new Date(Date.parse(exam.scheduled_date) + exam.open_duration_hours * 3_600_000).toISOString()
    : null;
  // Ended early: concluded before the window's planned close.
  const endedEarlyAt =
    exam.concluded_at && plannedClose && Date.parse(exam.concluded_at) < Date.parse(plannedClose)
      ? exam.concluded_at
      : null;
  return { plannedClose, endedEarlyAt, closesAt: endedEarlyAt ?? plannedClose };
}

/**
 * The exam page's tabs; monitoring joins them as a route segment. Analysis only for those who may
 * see it (admins and up), Invitations only for those who may invite (managers and up).
 */
export function examTabs(id: number, can: { invite?: boolean; analyse?: boolean } = {}) {
  const path = `/admin/exams/${id}`;
  return [
    { href: path, label: "Overview" },
    { href: `${path}/questions`, label: "Questions" },
    { href: `${path}/scores`, label: "Scores" },
    ...(can.analyse ? [{ href: `${path}/analysis`, label: "Analysis" }] : []),
    ...(can.invite ? [{ href: `${path}/invitations`, label: "Invitations" }] : []),
  ];
}
