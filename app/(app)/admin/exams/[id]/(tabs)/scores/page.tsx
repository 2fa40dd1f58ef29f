// The staff exam page's scores tab: every recorded score, best first, with their distribution as
// a chart, and (for those who may) a score entered by hand.
import type { Metadata } from "next";
import Link from "next/link";
import { scoreBuckets } from "@/components/exam-admin/histogram";
import { ScoreChart } from "@/components/exam-admin/score-chart";
import { ScoreEntryForm, type ScoreCandidate } from "@/components/exam-admin/score-entry-form";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalTime } from "@/components/ui/local-time";
import { can } from "@/lib/auth/require-permission";
import { pageView } from "@/lib/http/pagination";
import { listExamResultRows, type ExamResultRow } from "@/lib/results/list-exam-result-rows";
import { hrefWith, param } from "@/lib/people/list-params";
import { listCandidates } from "@/lib/people/list-candidates";
import { listCandidatesQuery } from "@/lib/people/schemas";
import { loadExam, openExamTab, type ExamTabProps } from "../exam-data";

export const metadata: Metadata = { title: "Exam scores" };

const candidateOptions = 100;

export default async function ExamScoresPage(props: ExamTabProps) {
  const tab = await openExamTab(props);
  if (!tab) return null;
  const { id, ctx, raw } = tab;
  const find = param(raw, "find")?.slice(0, 200);
  const canScore = can(ctx, "scores:submit");
  const exam = await loadExam(ctx, id);
  const [results, candidates] = await Promise.all([
    listExamResultRows({ ctx, input: { id } }),
    canScore && can(ctx, "candidates:list")
      ? listCandidates({
          ctx,
          query: listCandidatesQuery.parse({
            page_size: String(candidateOptions),
            ...(find ? { search: find } : {}),
          }),
        }).then(pageView)
      : null,
  ]);
  const path = `/admin/exams/${id}/scores`;

  const scoredIds = new Set(results.map((row) => row.candidate_id));
  const scored: ScoreCandidate[] = results.map((row) => ({
    id: row.candidate_id,
    label: `${row.candidate_name} (${row.candidate_email})`,
    score: row.score,
  }));
  const others: ScoreCandidate[] = (candidates?.results ?? [])
    .filter((item) => !scoredIds.has(item.user.id))
    .map((item) => ({
      id: item.user.id,
      label: `${`${item.user.first_name} ${item.user.last_name}`.trim() || item.user.email} (${item.user.email})`,
      score: null,
    }));
  const preselected = param(raw, "candidate");

  const resultColumns: Column<ExamResultRow>[] = [
    {
      header: "Candidate",
      cell: (row) => (
        <>
          <span className="font-medium">{row.candidate_name}</span>
          {row.candidate_school ? (
            <span className="block text-xs text-slate-600">{row.candidate_school}</span>
          ) : null}
        </>
      ),
    },
    { header: "Email", cell: (row) => row.candidate_email },
    {
      header: "Submitted",
      cell: (row) =>
        row.attempt_submitted_at ? (
          <LocalTime iso={row.attempt_submitted_at} />
        ) : (
          <span className="text-slate-600">No attempt</span>
        ),
    },
    {
      header: "Score",
      cell: (row) => <span className="font-semibold tabular-nums">{row.score.toFixed(2)}</span>,
    },
    {
      header: "Scored by",
      cell: (row) =>
        row.auto_score ? (
          "Computed"
        ) : (
          <>
            Manual <span className="text-slate-600">({row.score_submitted_by})</span>
          </>
        ),
    },
    { header: "Recorded", cell: (row) => <LocalTime iso={row.recorded_at} /> },
    {
      header: "Correct answers",
      cell: (row) =>
        row.correct_count !== null && row.question_count !== null ? (
          <span className="tabular-nums">
            {row.correct_count} of {row.question_count}
          </span>
        ) : (
          <span className="text-slate-600">—</span>
        ),
    },
    ...(canScore
      ? [
          {
            header: "Action",
            cell: (row: ExamResultRow) => (
              <Link
                href={`${hrefWith(path, { candidate: row.candidate_id })}#score-entry`}
                className="whitespace-nowrap text-brand-700 underline"
              >
                Change score<span className="sr-only"> of {row.candidate_name}</span>
              </Link>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className="text-lg font-semibold">
          Results
        </h2>
        {results.length === 0 ? (
          <EmptyState className="mt-2" testId="results-empty">
            No one has a score on this exam yet.
          </EmptyState>
        ) : (
          <>
            <div className="mt-2">
              <ScoreChart buckets={scoreBuckets(results.map((row) => row.score))} />
            </div>
            <DataTable
              caption={`Results of ${exam.title}, best first`}
              columns={resultColumns}
              rows={results}
              rowKey={(row) => row.candidate_id}
              rowTestId="result-row"
            />
          </>
        )}
      </section>

      {canScore ? (
        <section aria-labelledby="score-entry-heading" id="score-entry" className="mt-8">
          <h2 id="score-entry-heading" className="text-lg font-semibold">
            Enter a score by hand
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            For a candidate who sat the exam on paper, or to correct a score. A manual score
            replaces the computed one.
          </p>
          <div className="mt-2 space-y-4 rounded-lg border border-slate-200 bg-white p-4">
            {candidates ? (
              <form method="get" action={path} role="search" aria-label="Find a candidate">
                <label htmlFor="find-candidate" className="block text-sm font-medium">
                  Find a candidate without a score
                </label>
                <div className="mt-1 flex gap-2">
                  <input
                    id="find-candidate"
                    name="find"
                    type="search"
                    defaultValue={find}
                    maxLength={200}
                    className="w-full rounded border border-slate-300 px-3 py-2"
                  />
                  <button
                    type="submit"
                    className="rounded border border-slate-300 px-3 py-2 text-sm hover:bg-slate-100"
                  >
                    Find
                  </button>
                </div>
                <p className="mt-1 text-xs text-slate-600">
                  Name, email or school.{" "}
                  {candidates.pagination.count > candidateOptions
                    ? `The list shows the first ${candidateOptions} of ${candidates.pagination.count}.`
                    : ""}
                </p>
              </form>
            ) : null}
            <ScoreEntryForm
              key={preselected ?? ""}
              examId={exam.id}
              scored={scored}
              others={others}
              preselected={preselected}
            />
          </div>
        </section>
      ) : null}
    </>
  );
}
