// A new question for the bank: the editor with its live candidate preview.
import type { Metadata } from "next";
import { StaffPage } from "@/components/ui/staff-page";
import { QuestionForm } from "@/components/questions/question-form";
import { emptyDraft } from "@/components/questions/question-form-logic";
import { staffPageContext } from "@/app/(app)/admin/staff-page";
import { questionBankRefusal } from "../access";
import { createQuestionAction } from "./actions";

export const metadata: Metadata = { title: "New question" };

export default async function NewQuestionPage() {
  const page = await staffPageContext("questions:manage", {
    ...questionBankRefusal,
    title: "You can't add questions",
  });
  if ("noAccess" in page) return page.noAccess;
  return (
    <StaffPage
      title="New question"
      back={{ href: "/admin/questions", label: "Question bank" }}
      description="Four different options, one of them correct. The preview shows what candidates will see."
    >
      <div className="mt-6">
        <QuestionForm action={createQuestionAction} initial={emptyDraft} />
      </div>
    </StaffPage>
  );
}
