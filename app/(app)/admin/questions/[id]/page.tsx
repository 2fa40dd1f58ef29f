// One question of the bank: who wrote and last changed it, the editor with its live preview,
// and archiving (asked first). Unknown, archived or malformed ids are a 404.
import type { Metadata } from "next";
import { StaffPage } from "@/components/ui/staff-page";
import { LocalTime } from "@/components/ui/local-time";
import { ArchiveQuestionForm } from "@/components/questions/archive-question-form";
import { staffName } from "@/components/questions/display";
import { QuestionForm } from "@/components/questions/question-form";
import { draftOf } from "@/components/questions/question-form-logic";
import { param, type SearchParams } from "@/lib/people/list-params";
import { getQuestion } from "@/lib/questions/get-question";
import { orNotFound, pathIdOrNotFound, staffPageContext } from "@/app/(app)/admin/staff-page";
import { questionBankRefusal } from "../access";
import { updateQuestionAction } from "./actions";

export const metadata: Metadata = { title: "Question" };

export default async function QuestionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const page = await staffPageContext("questions:manage", questionBankRefusal);
  if ("noAccess" in page) return page.noAccess;
  const { ctx } = page;
  const id = pathIdOrNotFound((await params).id);
  const question = await orNotFound(getQuestion({ ctx, input: { id } }));
  const justCreated = param(await searchParams, "saved") !== undefined;
  const viewerId = ctx.actor.user.id;
  const changed = question.updated_at !== question.created_at;

  return (
    <StaffPage
      title={`Question #${question.id}`}
      back={{ href: "/admin/questions", label: "Question bank" }}
    >
      <p className="mt-1 text-sm text-slate-600">
        Created by {staffName(question.created_by, viewerId)} on{" "}
        <LocalTime iso={question.created_at} />
        {changed ? (
          <>
            {" "}
            · last changed by {staffName(question.updated_by, viewerId)} on{" "}
            <LocalTime iso={question.updated_at} />
          </>
        ) : null}
      </p>

      <div className="mt-6">
        <QuestionForm
          action={updateQuestionAction}
          initial={draftOf(question)}
          questionId={question.id}
          savedNotice={justCreated ? "Saved." : undefined}
          answerHint="Changing the correct answer rescores the submitted attempts of exams that use this question."
        />
      </div>

      <section aria-labelledby="archive-heading" className="mt-10">
        <h2 id="archive-heading" className="text-lg font-semibold">
          Archive
        </h2>
        <div className="mt-2 space-y-3 rounded-lg border border-red-200 bg-white p-4">
          <p className="text-sm text-slate-700">
            An archived question leaves the bank and the pool counts, is no longer shown to
            candidates, and stops counting in the scores of exams that use it (their submitted
            attempts are rescored).
          </p>
          <ArchiveQuestionForm questionId={question.id} />
        </div>
      </section>
    </StaffPage>
  );
}
