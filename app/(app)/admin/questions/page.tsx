// The question bank for staff: pool counts, filters (text, difficulty, "created by me"), one page
// of questions linking to their editors, and the ways to add more (new question, CSV import).
import type { Metadata } from "next";
import { StaffPage } from "@/components/ui/staff-page";
import Link from "next/link";
import { LocalTime } from "@/components/ui/local-time";
import { ListFilters } from "@/components/people/list-filters";
import { DifficultyBadge } from "@/components/questions/difficulty-badge";
import { staffName, truncate } from "@/components/questions/display";
import { PoolSummary } from "@/components/questions/pool-summary";
import type { Column } from "@/components/ui/data-table";
import { EmptyMessage, ListResults } from "@/components/ui/list-results";
import { pageView } from "@/lib/http/pagination";
import { hrefWith, param, pick, type SearchParams } from "@/lib/people/list-params";
import { listQuestions } from "@/lib/questions/list-questions";
import { type QuestionItem } from "@/lib/questions/question-items";
import { difficulties, listQuestionsQuery } from "@/lib/questions/schemas";
import { staffPageContext } from "@/app/(app)/admin/staff-page";
import { questionBankRefusal } from "./access";
import { unlessPastTheEnd } from "../unless-past-the-end";

export const metadata: Metadata = { title: "Question bank" };

const path = "/admin/questions";
const filterKeys = ["search", "difficulty", "created_by"] as const;

const buttonClass = "rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700";
const secondaryClass = "rounded border border-slate-300 bg-white px-4 py-2 hover:bg-slate-100";

const optionOf = (item: QuestionItem) =>
  ({ A: item.option_a, B: item.option_b, C: item.option_c, D: item.option_d })[item.correct_answer];

function columns(viewerId: string): Column<QuestionItem>[] {
  return [
    {
      header: "Question",
      cell: (item) => (
        <Link
          href={`${path}/${item.id}`}
          title={item.text}
          className="font-medium text-brand-700 underline"
        >
          {truncate(item.text, 90)}
        </Link>
      ),
    },
    { header: "Difficulty", cell: (item) => <DifficultyBadge difficulty={item.difficulty} /> },
    {
      header: "Correct answer",
      cell: (item) => (
        <span>
          <span className="font-semibold">{item.correct_answer}.</span>{" "}
          {truncate(optionOf(item), 30)}
        </span>
      ),
    },
    { header: "Created by", cell: (item) => staffName(item.created_by, viewerId) },
    { header: "Created", cell: (item) => <LocalTime iso={item.created_at} /> },
  ];
}

export default async function QuestionBankPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const page = await staffPageContext("questions:manage", questionBankRefusal);
  if ("noAccess" in page) return page.noAccess;
  const { ctx } = page;

  const raw = await searchParams;
  const filters = pick(raw, filterKeys);
  const viewerId = ctx.actor.user.id;
  // "Created by me" travels in the URL as `me`, so links are the same for everyone who shares them.
  const createdByMe = filters.created_by === "me";
  const parsed = listQuestionsQuery.safeParse({
    ...filters,
    created_by: createdByMe ? viewerId : filters.created_by === undefined ? undefined : "?",
    ...pick(raw, ["page"]),
  });
  const query = parsed.success ? parsed.data : listQuestionsQuery.parse({});
  const list = await unlessPastTheEnd(listQuestions({ ctx, query }).then(pageView));
  const archived = param(raw, "archived");

  return (
    <StaffPage
      title="Question bank"
      actions={
        <div className="flex flex-wrap gap-2">
          <Link href={`${path}/new`} className={buttonClass}>
            New question
          </Link>
          <Link href={`${path}/import`} className={secondaryClass}>
            Import CSV
          </Link>
        </div>
      }
      description="Multiple-choice questions that exams are built from. Archived questions are not listed."
    >
      {archived ? (
        <p
          role="status"
          data-testid="archived-notice"
          className="mt-4 rounded border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800"
        >
          Question #{archived} was archived.
        </p>
      ) : null}

      {list ? <PoolSummary pool={list.question_pool_data} /> : null}

      <section aria-labelledby="list-heading" className="mt-8">
        <h2 id="list-heading" className="text-lg font-semibold">
          Questions
        </h2>
        <ListFilters
          path={path}
          label="Filter questions"
          columns={4}
          values={filters}
          understood={parsed.success}
          className="mt-3"
          fields={[
            { kind: "search", name: "search", label: "Search question text" },
            {
              kind: "select",
              name: "difficulty",
              label: "Difficulty",
              options: [
                ["", "Any difficulty"],
                ...difficulties.map((difficulty): [string, string] => [difficulty, difficulty]),
              ],
            },
            {
              kind: "select",
              name: "created_by",
              label: "Created by",
              options: [
                ["", "Anyone"],
                ["me", "Me"],
              ],
            },
          ]}
        />

        <ListResults
          path={path}
          filters={filters}
          pagination={list?.pagination ?? null}
          rows={list?.results ?? []}
          caption="Questions"
          columns={columns(viewerId)}
          rowKey={(item) => String(item.id)}
          rowTestId="question-row"
          noun={["question", "questions"]}
          emptyTestId="questions-empty"
          empty={{
            pastTheEnd: (
              <EmptyMessage href={hrefWith(path, filters)} link="Back to the first page">
                There is no such page.
              </EmptyMessage>
            ),
            noMatch: (
              <EmptyMessage href={path} link="Clear the filters">
                No questions match these filters.
              </EmptyMessage>
            ),
            noneYet: (
              <p>
                No questions yet.{" "}
                <Link href={`${path}/new`} className="text-brand-700 underline">
                  Add the first one
                </Link>{" "}
                or{" "}
                <Link href={`${path}/import`} className="text-brand-700 underline">
                  import a CSV file
                </Link>
                .
              </p>
            ),
          }}
        />
      </section>
    </StaffPage>
  );
}
