import type { Metadata } from "next";
import Link from "next/link";
import { ExamActions } from "@/components/exam-admin/exam-actions";
import { ExamWindowControls } from "@/components/exam-admin/exam-window-controls";
import { DifficultyTag } from "@/components/exam-admin/question-picker";
import { ScoreChart } from "@/components/exam-admin/score-chart";
import { ScoreEntryForm, type ScoreCandidate } from "@/components/exam-admin/score-entry-form";
import { ExamStatusBadge } from "@/components/exam-admin/status-badge";
import { WindowCountdown } from "@/components/exam-admin/window-countdown";
import { LocalTime } from "@/components/ui/local-time";
import { staffName } from "@/components/questions/display";
import { DataTable, type Column } from "@/components/ui/data-table";
import { can } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { appUrl } from "@/lib/env";
import { countCandidatesWriting } from "@/lib/exams/conclude";
import { examDetail } from "@/lib/exams/manage";
import { listExamResultRows, type ExamResultRow } from "@/lib/exams/result-rows";
import { examDetailQuery } from "@/lib/exams/schemas";
import { stageLabel, stageName } from "@/lib/exams/stage-label";
import { formatHours, formatMinutes } from "@/lib/time/format-duration";
import { hrefWith, param, type SearchParams } from "@/lib/people/list-params";
import { listCandidates } from "@/lib/people/list-people";
import { listCandidatesQuery } from "@/lib/people/schemas";
import { orNotFound, pathIdOrNotFound, staffPageContext } from "@/app/(app)/admin/staff-page";
import { unlessPastTheEnd } from "../../unless-past-the-end";
import { examManagementRefusal } from "../access";
import { DetailField } from "@/components/ui/detail-field";

export const metadata: Metadata = { title: "Exam" };

const questionPageSize = 10;
const candidateOptions = 100;

const savedNotices: Record<string, string> = {
  created: "Exam created.",
  updated: "Changes saved.",
  duplicated:
    "This is the copy: a draft with the same settings and questions. Schedule it when ready.",
};

async function loadDetail(ctx: Context, id: number, page: number) {
  const load = (pageNumber: number) =>
    examDetail({
      ctx,
      input: {
        id,
        query: examDetailQuery.parse({
          page: String(pageNumber),
          page_size: String(questionPageSize),
        }),
      },
      url: new URL(`/api/v1/exams/${id}/`, appUrl),
    });
  // A question page past the end shows the first; an unknown exam is a 404.
  const found = page > 1 ? await unlessPastTheEnd(load(page)) : null;
  return found ?? orNotFound(load(1));
}

export default async function ExamPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const id = pathIdOrNotFound((await params).id);
  const page = await staffPageContext("exams:manage", examManagementRefusal);
  if ("noAccess" in page) return page.noAccess;
  const { ctx } = page;
  const raw = await searchParams;
  const requestedPage = Number(param(raw, "qpage") ?? "1");
  const questionPage =
    Number.isInteger(requestedPage) && requestedPage > 0 && requestedPage < 100_000
      ? requestedPage
      : 1;
  const find = param(raw, "find")?.slice(0, 200);

  const exam = await loadDetail(ctx, id, questionPage);
  const canScore = can(ctx, "scores:submit");
  const [results, candidates] = await Promise.all([
    listExamResultRows({ ctx, input: { id } }),
    canScore && can(ctx, "candidates:list")
      ? listCandidates({
          ctx,
          query: listCandidatesQuery.parse({
            page_size: String(candidateOptions),
            ...(find ? { search: find } : {}),
          }),
          url: new URL("/api/v1/candidates/", appUrl),
        })
      : null,
  ]);

  const serverNow = ctx.clock.now().toISOString();
  const plannedClose = exam.scheduled_date
    ? new Date(Date.parse(exam.scheduled_date) + exam.open_duration_hours * 3_600_000).toISOString()
    : null;
  // Ended early: concluded before the window's planned close.
  const endedEarlyAt =
    exam.concluded_at && plannedClose && Date.parse(exam.concluded_at) < Date.parse(plannedClose)
      ? exam.concluded_at
      : null;
  const closesAt = endedEarlyAt ?? plannedClose;
  const writing =
    exam.status === "ongoing" ? await countCandidatesWriting({ ctx, input: { id } }) : 0;
  const saved = savedNotices[param(raw, "saved") ?? ""];
  const questions = exam.questions;
  const firstNumber = (questions.pagination.page - 1) * questions.pagination.page_size + 1;
  const pool = questions.question_pool_data;
  const path = `/admin/exams/${id}`;

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
    <main id="main" className="mx-auto max-w-5xl px-6 py-10">
      <Link href="/admin/exams" className="text-sm text-brand-700 underline">
        ← All exams
      </Link>
      <div className="mt-4 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{exam.title}</h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-slate-600">
            <span>{stageLabel(exam)}</span>
            <span aria-hidden="true">·</span>
            <ExamStatusBadge status={exam.status} testId="exam-status" />
          </p>
        </div>
        <ExamActions examId={exam.id} title={exam.title} />
      </div>
      {saved ? (
        <p
          role="status"
          data-testid="exam-notice"
          className="mt-4 rounded border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800"
        >
          {saved}
        </p>
      ) : null}

      <section aria-labelledby="schedule-heading" className="mt-8">
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
              {exam.status === "ongoing" ? (
                <ExamWindowControls
                  examId={exam.id}
                  title={exam.title}
                  scheduledIso={exam.scheduled_date}
                  openDurationHours={exam.open_duration_hours}
                  writing={writing}
                />
              ) : null}
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

      <section aria-labelledby="questions-heading" className="mt-8">
        <h2 id="questions-heading" className="text-lg font-semibold">
          Questions{" "}
          <span className="text-base font-normal text-slate-600" data-testid="exam-question-count">
            ({pool.total_questions} {pool.total_questions === 1 ? "question" : "questions"}:{" "}
            {pool.easy_questions_count} easy, {pool.moderate_questions_count} moderate,{" "}
            {pool.hard_questions_count} hard)
          </span>
        </h2>
        {questions.results.length === 0 ? (
          <p className="mt-2 rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600">
            No questions yet.{" "}
            <Link href={`${path}/edit`} className="text-brand-700 underline">
              Pick some from the bank
            </Link>
          </p>
        ) : (
          <>
            <ol start={firstNumber} className="mt-2 space-y-3" data-testid="exam-questions">
              {questions.results.map((question, index) => (
                <li
                  key={question.id}
                  className="rounded-lg border border-slate-200 bg-white p-4"
                  data-testid="exam-question"
                >
                  <div className="flex items-start justify-between gap-3">
                    <p className="font-medium">
                      {firstNumber + index}. {question.text}
                    </p>
                    <DifficultyTag difficulty={question.difficulty} />
                  </div>
                  <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
                    {(["A", "B", "C", "D"] as const).map((letter) => {
                      const correct = question.correct_answer === letter;
                      const text = question[`option_${letter.toLowerCase()}` as "option_a"] ?? "";
                      return (
                        <li
                          key={letter}
                          className={correct ? "font-semibold text-green-800" : "text-slate-700"}
                        >
                          {letter}. {text}
                          {correct ? " ✓ (correct)" : ""}
                        </li>
                      );
                    })}
                  </ul>
                </li>
              ))}
            </ol>
            {questions.pagination.total_pages > 1 ? (
              <nav
                aria-label="Question pages"
                className="mt-4 flex items-center justify-between gap-4"
              >
                {questions.pagination.has_previous ? (
                  <Link
                    href={hrefWith(path, { qpage: questions.pagination.page - 1 })}
                    className="rounded border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100"
                  >
                    Previous questions
                  </Link>
                ) : (
                  <span />
                )}
                <p className="text-sm text-slate-600">
                  Page {questions.pagination.page} of {questions.pagination.total_pages}
                </p>
                {questions.pagination.has_next ? (
                  <Link
                    href={hrefWith(path, { qpage: questions.pagination.page + 1 })}
                    className="rounded border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100"
                  >
                    Next questions
                  </Link>
                ) : (
                  <span />
                )}
              </nav>
            ) : null}
          </>
        )}
      </section>

      <section aria-labelledby="results-heading" className="mt-8">
        <h2 id="results-heading" className="text-lg font-semibold">
          Results
        </h2>
        {results.length === 0 ? (
          <p
            className="mt-2 rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600"
            data-testid="results-empty"
          >
            No one has a score on this exam yet.
          </p>
        ) : (
          <>
            <div className="mt-2">
              <ScoreChart scores={results.map((row) => row.score)} />
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
    </main>
  );
}
