// The exam page's Analysis tab (admins and up): did the exam measure anything? The scores' spread
// (cards and a histogram), completion and time used, the exam's reliability, and a sortable
// table of its questions with their flags and answers chosen; downloads of the results (CSV and
// Excel) and of the question analysis. Numbers from GET /analytics/exams/{id}/.
import type { Metadata } from "next";
import { QuestionAnalysisTable } from "@/components/analytics/question-analysis-table";
import { labelledBuckets } from "@/components/exam-admin/histogram";
import { ScoreChart } from "@/components/exam-admin/score-chart";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { StatCards } from "@/components/ui/stat-cards";
import { getExamAnalysis } from "@/lib/analytics/get-exam-analysis";
import { can } from "@/lib/auth/require-permission";
import { plural } from "@/lib/plural";
import { formatMinutes } from "@/lib/time/format-duration";
import { openExamTab, type ExamTabProps } from "../exam-data";

export const metadata: Metadata = { title: "Exam analysis" };

type Statistic = { value: number | null; reason: string | null };

const show = (statistic: Statistic, format: (value: number) => string) =>
  statistic.value === null ? "—" : format(statistic.value);
const percentScore = (value: number) => `${value.toFixed(1)}%`;

/** KR-20 in words, on the usual reading of it for a classroom or selection test. */
function reliabilityWords(kr20: Statistic): string {
  if (kr20.value === null) return kr20.reason ?? "Not available.";
  if (kr20.value >= 0.8) return "Good: the scores rank candidates consistently.";
  if (kr20.value >= 0.7) return "Acceptable.";
  if (kr20.value >= 0.5) return "Weak: look at the flagged questions.";
  return "Poor: the scores say little; look at the flagged questions.";
}

const minutes = (seconds: number) => formatMinutes(Math.round(seconds / 60));

export default async function ExamAnalysisPage(props: ExamTabProps) {
  const tab = await openExamTab(props);
  if (!tab) return null;
  const { id, ctx } = tab;
  if (!can(ctx, "analytics:view")) {
    return <EmptyState>The analysis is for admins, managers and superadmins.</EmptyState>;
  }
  const analysis = await getExamAnalysis({ ctx, input: { id } });
  const { scores, completion, time_used_seconds: time, reliability } = analysis;

  if (completion.submitted === 0 && scores.count === 0) {
    return (
      <EmptyState testId="analysis-empty">
        Nobody has submitted this exam yet. Its analysis appears here once candidates have taken it.
      </EmptyState>
    );
  }
  const questions = analysis.questions.map((question, index) => ({
    ...question,
    position: index + 1,
  }));

  return (
    <div className="space-y-8">
      <section aria-labelledby="downloads-heading">
        <h2 id="downloads-heading" className="sr-only">
          Downloads
        </h2>
        <div className="flex flex-wrap gap-2">
          {[
            ["Results (CSV)", `/api/v1/exams/${id}/results/export/`],
            ["Results (Excel)", `/api/v1/exams/${id}/results/export/?format=xlsx`],
            ["Question analysis (CSV)", `/api/v1/analytics/exams/${id}/questions/export/`],
          ].map(([label, href]) => (
            <a key={label} href={href} download className={buttonClass("secondary", "small")}>
              {label}
            </a>
          ))}
        </div>
        <p className="mt-2 text-sm text-slate-600">
          Downloads start at once and are written as they go, however many candidates there are.
        </p>
      </section>

      <section aria-labelledby="scores-heading">
        <h2 id="scores-heading" className="text-lg font-semibold">
          Scores
        </h2>
        <div className="mt-3">
          <StatCards
            stats={[
              {
                key: "scored",
                label: "Candidates scored",
                value: scores.count,
                hint: `${completion.submitted} of ${completion.started} who started submitted`,
              },
              {
                key: "mean",
                label: "Average score",
                value: show(scores.mean, percentScore),
                hint: `Median ${show(scores.median, percentScore)}`,
              },
              {
                key: "spread",
                label: "Spread (standard deviation)",
                value: show(scores.standard_deviation, (value) => `${value.toFixed(1)} points`),
              },
              {
                key: "reliability",
                label: "Reliability (KR-20)",
                value: show(reliability.kr20, (value) => value.toFixed(2)),
                hint: reliabilityWords(reliability.kr20),
              },
            ]}
          />
        </div>
        <div className="mt-4 grid gap-4 lg:grid-cols-[2fr_1fr]">
          <ScoreChart buckets={labelledBuckets(scores.histogram)} />
          <dl className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
            <div>
              <dt className="font-semibold">Who could take it</dt>
              <dd data-testid="analysis-completion">
                {plural(completion.eligible, "candidate")} eligible, {completion.started} started,{" "}
                {completion.submitted} submitted
                {completion.automatic_submissions > 0
                  ? ` (${completion.automatic_submissions} when their time ran out)`
                  : ""}
                .
              </dd>
            </div>
            <div>
              <dt className="font-semibold">Time used</dt>
              <dd>
                {time.median.value === null
                  ? (time.median.reason ?? "Not available.")
                  : `Half took ${minutes(time.median.value)} or less; the middle half took ${show(time.q1, minutes)} to ${show(time.q3, minutes)}.`}
              </dd>
            </div>
          </dl>
        </div>
      </section>

      <section aria-labelledby="questions-heading">
        <h2 id="questions-heading" className="text-lg font-semibold">
          Questions
        </h2>
        <details className="mt-2 max-w-3xl text-sm text-slate-700">
          <summary className="cursor-pointer text-brand-700 underline">How to read this</summary>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            <li>
              <strong>Right</strong>: the share of candidates who chose the key. Above 90 % the
              question is flagged too easy, below 20 % too hard.
            </li>
            <li>
              <strong>Discrimination</strong>: how well the question separates strong candidates
              from weak ones (the correlation of being right with the rest of the score, −1 to 1).
              Above 0.3 is good; below 0 means weaker candidates did better — often a wrong key or a
              misleading question.
            </li>
            <li>
              <strong>Top − bottom</strong>: the share right in the top 27 % of candidates minus the
              share right in the bottom 27 %.
            </li>
            <li>
              Follow a question&apos;s link to correct it in the question bank: a corrected key
              rescores every attempt.
            </li>
          </ul>
        </details>
        {scores.count < 2 ? (
          <p className="mt-2 text-sm text-slate-700">
            With fewer than two candidates most statistics cannot be worked out yet.
          </p>
        ) : null}
        <div className="mt-3">
          <QuestionAnalysisTable questions={questions} />
        </div>
      </section>
    </div>
  );
}
