"use client";
// The exam page's actions: Edit (a link), Duplicate (→ the draft copy, said in a tooltip) and Delete (asks first; a
// soft delete → the list). A refusal (an open exam cannot be deleted) is announced here.
import Link from "next/link";
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import {
  deleteExamAction,
  duplicateExamAction,
  type ExamActionState,
} from "@/app/(app)/admin/exams/[id]/actions";
import { ConfirmSubmitButton } from "@/components/ui/confirm-submit-button";
import { FormStatus } from "@/components/ui/form-status";
import { Tooltip } from "@/components/ui/tooltip";

const buttonClass =
  "rounded border border-slate-300 bg-white px-4 py-2 hover:bg-slate-100 disabled:cursor-wait disabled:opacity-60";

function DuplicateButton() {
  const { pending } = useFormStatus();
  return (
    <Tooltip content="Makes a draft copy with the same settings and questions, to schedule again.">
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Duplicating…" : "Duplicate"}
      </button>
    </Tooltip>
  );
}

export function ExamActions({ examId, title }: { examId: number; title: string }) {
  const [duplicateState, duplicate] = useActionState<ExamActionState, FormData>(
    duplicateExamAction,
    {},
  );
  const [deleteState, remove] = useActionState<ExamActionState, FormData>(deleteExamAction, {});
  return (
    <div>
      <div className="flex flex-wrap gap-2">
        <Link
          href={`/admin/exams/${examId}/edit`}
          className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
        >
          Edit
        </Link>
        <form action={duplicate}>
          <input type="hidden" name="exam_id" value={examId} />
          <DuplicateButton />
        </form>
        <form action={remove}>
          <input type="hidden" name="exam_id" value={examId} />
          <ConfirmSubmitButton
            question={`Delete “${title}”? It disappears from every list; recorded scores are kept.`}
            className="rounded border border-red-300 bg-white px-4 py-2 text-red-800 hover:bg-red-50 disabled:cursor-wait disabled:opacity-60"
          >
            Delete
          </ConfirmSubmitButton>
        </form>
      </div>
      <FormStatus
        id="exam-actions-status"
        error={deleteState.error ?? duplicateState.error}
        errorTestId="exam-action-error"
      />
    </div>
  );
}
