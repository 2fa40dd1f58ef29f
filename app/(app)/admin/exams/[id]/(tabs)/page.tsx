// The staff exam page's overview tab: what saving just did, the schedule (with its countdown) and
// the exam's details.
import type { Metadata } from "next";
import { WindowCountdown } from "@/components/exam-admin/window-countdown";
import { staffName } from "@/components/questions/display";
import { DetailField } from "@/components/ui/detail-field";
import { LocalTime } from "@/components/ui/local-time";
import { listExamResultRows } from "@/lib/results/list-exam-result-rows";
import { stageName } from "@/lib/exams/stage-label";
import { param } from "@/lib/people/list-params";
import { formatHours, formatMinutes } from "@/lib/time/format-duration";
import { loadExam, openExamTab, windowTimes, type ExamTabProps } from "./exam-data";

export const metadata: Metadata = { title: "Exam" };

const savedNotices: Record<string, string> = {
  created: "Exam created.",
  updated: "Changes saved.",
  duplicated:
    "This is the copy: a draft with the same settings and questions. Schedule it when ready.",
};

export default async function ExamOverviewPage(props: ExamTabProps) {
  const tab = await openExamTab(props);
  if (!tab) return null;
  const { id, ctx, raw } = tab;
  const exam = await loadExam(ctx, id);
  const results = await listExamResultRows({ ctx, input: { id } });
  const serverNow = ctx.clock.now().toISOString();
  const { plannedClose, endedEarlyAt, closesAt } = windowTimes(exam);
  const saved = savedNotices[param(raw, "saved") ?? ""];

  return (
    <>
      {saved ? (
        <p
          role="status"
          data-testid="exam-notice"
          className="mb-6 rounded border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800"
        >
          {saved}
        </p>
      ) : null}

      <section aria-labelledby="schedule-heading">
        <h2 id="schedule-heading" className="text-lg font-semibold">
          Schedule
        </h2>
        <div className="mt-2 rounded-lg border border-slate-200 bg-white p-4">
          {exam.scheduled_date && closesAt ? (
            <>
              <p>
                Opens <LocalTime iso={exam.scheduled_date} /> ·{" "}
                {endedEarlyAt ? (
                  <>
                    ended early <LocalTime iso={endedEarlyAt} />{" "}
                    <span className="text-slate-600">
                      (it was to close <LocalTime iso={plannedClose!} />)
                    </span>
                  </>
                ) : (
                  <>
                    closes <LocalTime iso={closesAt} />
                  </>
                )}{" "}
                <span className="text-sm text-slate-600">(your time zone)</span>
              </p>
              <p className="mt-1 text-lg font-semibold">
                {exam.status === "cancelled" ? (
                  <span className="text-red-800">Cancelled: candidates cannot take it.</span>
                ) : (
                  <WindowCountdown
                    scheduledIso={exam.scheduled_date}
                    openDurationHours={exam.open_duration_hours}
                    endedIso={endedEarlyAt}
                    serverNow={serverNow}
                  />
                )}
              </p>
            </>
          ) : (
            <p>
              Not scheduled: this is a draft, and candidates do not see it. Edit it to set when it
              opens.
            </p>
          )}
        </div>
      </section>

      <section aria-labelledby="details-heading" className="mt-8">
        <h2 id="details-heading" className="text-lg font-semibold">
          Details
        </h2>
        <dl className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white px-4">
          <DetailField label="Stage">{stageName(exam.stage)}</DetailField>
          <DetailField label="Round (level)">{exam.level}</DetailField>
          <DetailField label="Description">
            {exam.description ? (
              <span className="whitespace-pre-line">{exam.description}</span>
            ) : (
              "—"
            )}
          </DetailField>
          <DetailField label="Active">{exam.is_active ? "Yes" : "No (cancelled)"}</DetailField>
          <DetailField label="Time per candidate">
            {formatMinutes(exam.countdown_minutes)} from when they start
          </DetailField>
          <DetailField label="Window">
            open for {formatHours(exam.open_duration_hours)}
            {endedEarlyAt ? " (ended early)" : ""}
          </DetailField>
          <DetailField label="Average score">
            {results.length > 0 ? `${exam.average_score.toFixed(2)} (${results.length})` : "—"}
          </DetailField>
          <DetailField label="Created">
            <LocalTime iso={exam.created_at} /> by {staffName(exam.created_by)}
          </DetailField>
          <DetailField label="Last changed by">{staffName(exam.updated_by)}</DetailField>
        </dl>
      </section>
    </>
  );
}
