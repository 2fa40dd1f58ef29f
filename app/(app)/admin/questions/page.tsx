// The question bank for staff: pool counts, filters (text, difficulty, "created by me"), one page
// of questions linking to their editors, and the ways to add more (new question, CSV import).
import type { Metadata } from "next";
import Link from "next/link";
import { LocalTime } from "@/components/exam/time-display";
import { ListFilters } from "@/components/people/list-filters";
import { PaginationNav } from "@/components/people/pagination-nav";
import { DifficultyBadge } from "@/components/questions/difficulty-badge";
import { staffName, truncate } from "@/components/questions/display";
import { PoolSummary } from "@/components/questions/pool-summary";
import { DataTable, type Column } from "@/components/ui/data-table";
import { NoAccess } from "@/components/ui/no-access";
import { can } from "@/lib/auth/require-permission";
import { appUrl } from "@/lib/env";
import { hrefWith, param, pick, type SearchParams } from "@/lib/people/list-params";
import { listQuestions, type QuestionItem } from "@/lib/questions/questions";
import { difficulties, listQuestionsQuery } from "@/lib/questions/schemas";
import { requirePageContext } from "@/app/(app)/page-context";
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
  const { ctx } = await requirePageContext();
  if (!can(ctx, "questions:manage")) {
    return (
      <NoAccess
        title="You don't have access to the question bank"
        explanation="The question bank is for verified moderators, admins, managers and superadmins."
      />
    );
  }

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
  const list = await unlessPastTheEnd(
    listQuestions({ ctx, query, url: new URL(hrefWith(path, filters), appUrl) }),
  );
  const archived = param(raw, "archived");
  const filtered = Object.keys(filters).length > 0;

  return (
    <main id="main" className="mx-auto max-w-6xl px-6 py-10">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold">Question bank</h1>
        <div className="flex flex-wrap gap-2">
          <Link href={`${path}/new`} className={buttonClass}>
            New question
          </Link>
          <Link href={`${path}/import`} className={secondaryClass}>
            Import CSV
          </Link>
        </div>
      </div>
      <p className="mt-1 text-slate-600">
        Multiple-choice questions that exams are built from. Archived questions are not listed.
      </p>

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

        {list && list.results.length > 0 ? (
          <>
            <DataTable
              caption="Questions"
              columns={columns(viewerId)}
              rows={list.results}
              rowKey={(item) => String(item.id)}
              rowTestId="question-row"
            />
            <PaginationNav
              path={path}
              filters={filters}
              pagination={list.pagination}
              noun={["question", "questions"]}
            />
          </>
        ) : (
          <div
            className="mt-6 rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600"
            data-testid="questions-empty"
          >
            {!list ? (
              <p>
                There is no such page.{" "}
                <Link href={hrefWith(path, filters)} className="text-brand-700 underline">
                  Back to the first page
                </Link>
              </p>
            ) : filtered ? (
              <p>
                No questions match these filters.{" "}
                <Link href={path} className="text-brand-700 underline">
                  Clear the filters
                </Link>
              </p>
            ) : (
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
            )}
          </div>
        )}
      </section>
    </main>
  );
}
