"use client";
// The Analysis tab's question table: one row per question, sortable by position, facility and
// both discrimination measures, with its flags in words, a link to the question's editor (a
// correction there rescores the exam), and the answers chosen as bars. "Only flagged" narrows it
// to the questions that need a look.
import Link from "next/link";
import { useId, useState } from "react";
import type { z } from "zod";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { SortableTable, type SortableColumn } from "@/components/ui/sortable-table";
import type { examAnalysis, itemFlags } from "@/lib/analytics/schemas";

type Question = z.output<typeof examAnalysis>["questions"][number] & { position: number };
type Statistic = { value: number | null; reason: string | null };
type Flag = (typeof itemFlags)[number];

export const flagWords: Record<Flag, [BadgeTone, string]> = {
  too_easy: ["blue", "Too easy"],
  too_hard: ["amber", "Too hard"],
  negative_discrimination: ["red", "Weaker candidates did better"],
  distractor_beats_key_in_top_group: ["red", "Top candidates chose a wrong option"],
  unused_distractor: ["slate", "An option nobody chose"],
};

const options = ["A", "B", "C", "D"] as const;

function StatisticCell({
  statistic,
  format,
}: {
  statistic: Statistic;
  format: (n: number) => string;
}) {
  if (statistic.value === null) {
    return (
      <span title={statistic.reason ?? undefined}>
        <span aria-hidden="true">—</span>
        <span className="sr-only">{statistic.reason}</span>
      </span>
    );
  }
  return <>{format(statistic.value)}</>;
}

const percent = (value: number) => `${Math.round(value * 100)} %`;
const twoPlaces = (value: number) => value.toFixed(2);

/** Each option's share of the candidates as a bar, the key marked. */
function OptionBars({ question }: { question: Question }) {
  const rows = [
    ...options.map((option) => ({
      label: option,
      key: option === question.correct_answer,
      ...question.options[option],
    })),
    { label: "No answer", key: false, ...question.no_answer },
  ];
  return (
    <ul className="mt-2 space-y-1" aria-label="Answers chosen">
      {rows.map((row) => {
        const share = row.share ?? 0;
        return (
          <li key={row.label} className="flex items-center gap-2 text-xs">
            <span className="w-20 shrink-0 font-medium">
              {row.label}
              {row.key ? <span className="ml-1 text-green-800">(key)</span> : null}
            </span>
            <span className="h-3 w-24 shrink-0 rounded bg-slate-100 sm:w-40" aria-hidden="true">
              <span
                className={`block h-3 rounded ${row.key ? "bg-green-600" : "bg-slate-500"}`}
                style={{ width: `${Math.max(share * 100, row.count > 0 ? 1 : 0)}%` }}
              />
            </span>
            <span className="whitespace-nowrap tabular-nums text-slate-700">
              {row.count} ({percent(share)})
            </span>
          </li>
        );
      })}
    </ul>
  );
}

const columns: SortableColumn<Question>[] = [
  {
    key: "position",
    header: "#",
    cell: (row) => row.position,
    sortValue: (row) => row.position,
    numeric: true,
  },
  {
    key: "question",
    header: "Question",
    cell: (row) => (
      <div className="min-w-56 max-w-md">
        <Link
          href={`/admin/questions/${row.question_id}`}
          className="font-medium text-brand-700 underline"
          data-testid="question-editor-link"
        >
          {row.text}
        </Link>
        <details className="mt-1">
          <summary className="cursor-pointer text-xs text-slate-700">
            Answers chosen (key {row.correct_answer})
          </summary>
          <OptionBars question={row} />
        </details>
      </div>
    ),
  },
  {
    key: "facility",
    header: "Right",
    cell: (row) => <StatisticCell statistic={row.facility} format={percent} />,
    sortValue: (row) => row.facility.value,
    numeric: true,
  },
  {
    key: "discrimination",
    header: "Discrimination",
    cell: (row) => <StatisticCell statistic={row.discrimination} format={twoPlaces} />,
    sortValue: (row) => row.discrimination.value,
    numeric: true,
  },
  {
    key: "index",
    header: "Top − bottom",
    cell: (row) => <StatisticCell statistic={row.discrimination_index} format={twoPlaces} />,
    sortValue: (row) => row.discrimination_index.value,
    numeric: true,
  },
  {
    key: "flags",
    header: "Flags",
    cell: (row) =>
      row.flags.length === 0 ? (
        <span className="text-slate-600">None</span>
      ) : (
        <ul className="flex min-w-40 flex-col items-start gap-1" data-testid="question-flags">
          {row.flags.map((flag) => (
            <li key={flag}>
              <Badge tone={flagWords[flag][0]} data-flag={flag}>
                {flagWords[flag][1]}
              </Badge>
            </li>
          ))}
        </ul>
      ),
    sortValue: (row) => row.flags.length,
    firstDirection: "descending",
  },
];

export function QuestionAnalysisTable({ questions }: { questions: Question[] }) {
  const [flaggedOnly, setFlaggedOnly] = useState(false);
  const checkbox = useId();
  const flagged = questions.filter((question) => question.flags.length > 0);
  const shown = flaggedOnly ? flagged : questions;
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-700">
          {flagged.length === 0
            ? "No question is flagged."
            : `${flagged.length} of ${questions.length} questions are flagged.`}
        </p>
        <label htmlFor={checkbox} className="flex items-center gap-2 text-sm">
          <input
            id={checkbox}
            type="checkbox"
            className="size-4"
            checked={flaggedOnly}
            onChange={(event) => setFlaggedOnly(event.target.checked)}
          />
          Only flagged questions
        </label>
      </div>
      {shown.length === 0 ? (
        <EmptyState>No question is flagged.</EmptyState>
      ) : (
        <SortableTable
          caption="Questions of the exam with their statistics; the column buttons sort the table"
          columns={columns}
          rows={shown}
          rowKey={(row) => String(row.question_id)}
          rowTestId="analysis-question"
        />
      )}
    </>
  );
}
