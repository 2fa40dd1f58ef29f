// A new question for the bank: the editor with its live candidate preview.
import type { Metadata } from "next";
import Link from "next/link";
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
    <main id="main" className="mx-auto max-w-6xl px-6 py-10">
      <Link href="/admin/questions" className="text-sm text-brand-700 underline">
        ← Question bank
      </Link>
      <h1 className="mt-4 text-3xl font-bold">New question</h1>
      <p className="mt-1 text-slate-600">
        Four different options, one of them correct. The preview shows what candidates will see.
      </p>
      <div className="mt-6">
        <QuestionForm action={createQuestionAction} initial={emptyDraft} />
      </div>
    </main>
  );
}
