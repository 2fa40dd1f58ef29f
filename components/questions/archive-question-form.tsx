"use client";
// "Archive question", asked first (so only once hydrated); on success the action goes back to
// the list.
import { useActionState } from "react";
import { archiveQuestionAction, type ArchiveState } from "@/app/(app)/admin/questions/[id]/actions";
import { ConfirmSubmitButton } from "@/components/ui/confirm-submit-button";
import { FormStatus } from "@/components/ui/form-status";
import { useHydrated } from "@/components/verification/use-hydrated";

export function ArchiveQuestionForm({ questionId }: { questionId: number }) {
  const [state, archive] = useActionState<ArchiveState, FormData>(archiveQuestionAction, {});
  // Until hydrated the confirmation could not be asked, so the button waits.
  const hydrated = useHydrated();
  return (
    <form action={archive} className="space-y-2" aria-describedby="archive-status">
      <input type="hidden" name="id" value={questionId} />
      <fieldset disabled={!hydrated} className="contents">
        <ConfirmSubmitButton
          question="Archive this question? It leaves the bank, the pool counts and the scores of exams that use it."
          className="rounded border border-red-300 bg-white px-4 py-2 font-medium text-red-800 hover:bg-red-50 disabled:cursor-wait disabled:opacity-60"
        >
          Archive question
        </ConfirmSubmitButton>
      </fieldset>
      <FormStatus id="archive-status" error={state.error} errorTestId="archive-error" />
    </form>
  );
}
