// A new question for the bank: the editor with its live candidate preview.
import type { Metadata } from "next";
import Link from "next/link";
import { QuestionForm } from "@/components/questions/question-form";
import { emptyDraft } from "@/components/questions/question-form-logic";
import { NoAccess } from "@/components/ui/no-access";
import { can } from "@/lib/auth/require-permission";
import { requirePageContext } from "@/app/(app)/page-context";
import { createQuestionAction } from "./actions";

export const metadata: Metadata = { title: "New question" };

export default async function NewQuestionPage() {
  const { ctx } = await requirePageContext();
  if (!can(ctx, "questions:manage")) {
    return (
      <NoAccess
        title="You can't add questions"
        explanation="The question bank is for verified moderators, admins, managers and superadmins."
      />
    );
  }
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
