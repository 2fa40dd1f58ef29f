"use client";
// The builder's question picker: the bank's pool counts, a difficulty filter and a search that
// fetch GET /api/v1/questions/ (first 100 matches; the server renders the unfiltered first page),
// a checkbox per question, "Select all shown", and a running count of the selection by
// difficulty. The selection survives changes of filter and is sent as hidden `questions` fields
// in exam order.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useId, useState, type KeyboardEvent } from "react";
import { getJson } from "@/components/api/fetch-json";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { questionList } from "@/lib/questions/schemas";
import { examAdminKeys, questionsPath } from "./query-keys";
import {
  allShownSelected,
  bankQuery,
  clearShown,
  countByDifficulty,
  difficulties,
  selectShown,
  toggleQuestion,
  type Difficulty,
  type PickedQuestion,
} from "./selection";

export type PoolCounts = {
  total_questions: number;
  easy_questions_count: number;
  moderate_questions_count: number;
  hard_questions_count: number;
};

export type BankPage = { results: PickedQuestion[]; count: number; pool: PoolCounts };

type Filter = { difficulty: Difficulty | ""; search: string };

const difficultyTone: Record<Difficulty, BadgeTone> = {
  easy: "green",
  moderate: "amber",
  hard: "red",
};

export function DifficultyTag({ difficulty }: { difficulty: Difficulty }) {
  return (
    <Badge tone={difficultyTone[difficulty]} className="shrink-0">
      {difficulty}
    </Badge>
  );
}

async function fetchBank(filter: Filter): Promise<BankPage> {
  const body = await getJson(`${questionsPath}?${bankQuery(filter)}`, questionList);
  return {
    results: body.results.map(({ id, text, difficulty }) => ({
      id,
      text,
      difficulty,
    })),
    count: body.pagination.count,
    pool: body.question_pool_data,
  };
}

const buttonClass =
  "rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-60";

export function QuestionPicker({
  initialBank,
  loadedAt,
  selected,
  onChange,
  errors,
  disabled,
}: {
  initialBank: BankPage;
  /** When the server loaded `initialBank` (ms), so it is not fetched again straight away. */
  loadedAt: number;
  selected: PickedQuestion[];
  onChange: (next: PickedQuestion[]) => void;
  errors?: string[];
  disabled: boolean;
}) {
  const [applied, setApplied] = useState<Filter>({ difficulty: "", search: "" });
  const [searchText, setSearchText] = useState("");
  const isDefault = applied.difficulty === "" && applied.search === "";
  const bank = useQuery({
    queryKey: examAdminKeys.bank(applied),
    queryFn: () => fetchBank(applied),
    initialData: isDefault ? initialBank : undefined,
    initialDataUpdatedAt: loadedAt,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
  const shown = bank.data?.results ?? [];
  const pool = bank.data?.pool ?? initialBank.pool;
  const selectedIds = new Set(selected.map((question) => question.id));
  const counts = countByDifficulty(selected);
  const allSelected = allShownSelected(selected, shown);
  const statusId = useId();

  const applySearch = () => setApplied((current) => ({ ...current, search: searchText.trim() }));
  // Enter in the search box searches the bank instead of submitting the whole exam.
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    applySearch();
  };

  return (
    <fieldset
      id="questions"
      tabIndex={-1}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      aria-describedby={errors?.length ? "questions-errors" : undefined}
    >
      <legend className="px-1 text-lg font-semibold">Questions</legend>

      <div>
        <p className="text-sm font-medium">In the bank</p>
        <dl className="mt-1 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4" data-testid="bank-pool">
          {(
            [
              ["Total", pool.total_questions],
              ["Easy", pool.easy_questions_count],
              ["Moderate", pool.moderate_questions_count],
              ["Hard", pool.hard_questions_count],
            ] as const
          ).map(([label, value]) => (
            <div key={label} className="rounded border border-slate-200 px-3 py-2">
              <dt className="text-slate-600">{label}</dt>
              <dd className="text-lg font-semibold">{value}</dd>
            </div>
          ))}
        </dl>
      </div>

      <div className="grid gap-3 sm:grid-cols-3 sm:items-end">
        <div>
          <label htmlFor="bank-difficulty" className="block text-sm font-medium">
            Difficulty
          </label>
          <select
            id="bank-difficulty"
            value={applied.difficulty}
            disabled={disabled}
            onChange={(event) =>
              setApplied((current) => ({
                ...current,
                difficulty: event.target.value as Difficulty | "",
              }))
            }
            className="mt-1 w-full rounded border border-slate-300 bg-white px-3 py-2"
          >
            <option value="">Any difficulty</option>
            {difficulties.map((difficulty) => (
              <option key={difficulty} value={difficulty}>
                {difficulty[0]!.toUpperCase() + difficulty.slice(1)}
              </option>
            ))}
          </select>
        </div>
        <div className="sm:col-span-2">
          <label htmlFor="bank-search" className="block text-sm font-medium">
            Search question text
          </label>
          <div className="mt-1 flex gap-2">
            <input
              id="bank-search"
              type="search"
              value={searchText}
              maxLength={200}
              disabled={disabled}
              onChange={(event) => setSearchText(event.target.value)}
              onKeyDown={onSearchKey}
              className="w-full rounded border border-slate-300 px-3 py-2"
            />
            <button type="button" onClick={applySearch} disabled={disabled} className={buttonClass}>
              Search
            </button>
          </div>
        </div>
      </div>

      <div className="flex flex-wrap items-center justify-between gap-2">
        <p id={statusId} role="status" aria-live="polite" className="text-sm text-slate-700">
          {bank.isError
            ? bank.error.message
            : bank.isFetching && !bank.data
              ? "Loading questions…"
              : `Showing ${shown.length} of ${bank.data?.count ?? 0} matching questions` +
                ((bank.data?.count ?? 0) > shown.length
                  ? " — narrow the search to see more."
                  : ".") +
                (bank.isFetching ? " Updating…" : "")}
        </p>
        <button
          type="button"
          className={buttonClass}
          disabled={disabled || shown.length === 0}
          onClick={() =>
            onChange(allSelected ? clearShown(selected, shown) : selectShown(selected, shown))
          }
        >
          {allSelected ? "Clear all shown" : "Select all shown"}
        </button>
      </div>

      {shown.length > 0 ? (
        <ul
          className="max-h-96 divide-y divide-slate-200 overflow-y-auto rounded border border-slate-200"
          aria-label="Questions in the bank"
          aria-describedby={statusId}
          data-testid="bank-list"
        >
          {shown.map((question) => {
            const id = `pick-${question.id}`;
            return (
              <li
                key={question.id}
                className="flex items-start gap-3 px-3 py-2"
                data-testid="bank-question"
              >
                <input
                  id={id}
                  type="checkbox"
                  className="mt-1 h-4 w-4"
                  checked={selectedIds.has(question.id)}
                  disabled={disabled}
                  onChange={(event) =>
                    onChange(toggleQuestion(selected, question, event.target.checked))
                  }
                />
                <label
                  htmlFor={id}
                  className="flex flex-1 items-start justify-between gap-3 text-sm"
                >
                  <span>{question.text}</span>
                  <DifficultyTag difficulty={question.difficulty} />
                </label>
              </li>
            );
          })}
        </ul>
      ) : bank.data ? (
        <p className="rounded border border-dashed border-slate-300 p-4 text-center text-sm text-slate-600">
          {isDefault
            ? "The question bank is empty. Moderators add questions under Question bank."
            : "No questions match this filter."}
        </p>
      ) : null}

      <div className="rounded bg-slate-50 p-3">
        <p
          className="text-sm font-medium"
          role="status"
          aria-live="polite"
          data-testid="selected-count"
        >
          {counts.total} selected: {counts.easy} easy, {counts.moderate} moderate, {counts.hard}{" "}
          hard
        </p>
        {selected.length > 0 ? (
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer text-brand-700 underline">
              Selected questions, in exam order
            </summary>
            <ol className="mt-2 list-decimal space-y-1 pl-6">
              {selected.map((question) => (
                <li key={question.id}>
                  <span className="mr-2">{question.text}</span>
                  <DifficultyTag difficulty={question.difficulty} />
                  <button
                    type="button"
                    disabled={disabled}
                    className="ml-2 text-red-700 underline"
                    onClick={() => onChange(toggleQuestion(selected, question, false))}
                  >
                    Remove<span className="sr-only"> “{question.text}”</span>
                  </button>
                </li>
              ))}
            </ol>
          </details>
        ) : null}
      </div>
      {selected.map((question) => (
        <input key={question.id} type="hidden" name="questions" value={question.id} />
      ))}
      {errors?.length ? (
        <ul id="questions-errors" className="text-sm text-red-700">
          {errors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
