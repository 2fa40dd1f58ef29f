"use server";
// Server actions of a question's page: save changes (PUT /questions/{id}/) and archive it
// (DELETE /questions/{id}/, then back to the list with a notice).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  checkQuestion,
  draftFromForm,
  fieldsNeedAttention,
  type QuestionFormState,
} from "@/components/questions/question-form-logic";
import { archiveQuestion } from "@/lib/questions/archive-question";
import { updateQuestion } from "@/lib/questions/update-question";
import { refusal, staffActionOnId } from "@/app/(app)/admin/action-context";
import { questionBankActionRefused } from "../access";
import { withTextRule } from "@/lib/http/with-text-rule";

const questionAction = (form: FormData) =>
  staffActionOnId(form, {
    idField: "id",
    unknownId: "This question no longer exists; it may have been archived.",
    permission: "questions:manage",
    refused: questionBankActionRefused,
  });

export const updateQuestionAction = withTextRule(async function updateQuestionAction(
  _previous: QuestionFormState,
  form: FormData,
): Promise<QuestionFormState> {
  const action = await questionAction(form);
  if ("error" in action) return action;
  const { ctx, id } = action;
  const checked = checkQuestion(draftFromForm(form));
  if (!checked.ok) return { error: fieldsNeedAttention, errors: checked.errors };
  try {
    await updateQuestion({ ctx, input: { id, fields: checked.fields } });
  } catch (error) {
    return refusal(error);
  }
  revalidatePath("/admin/questions");
  revalidatePath(`/admin/questions/${id}`);
  return { done: "Saved." };
});

export type ArchiveState = { error?: string };

export const archiveQuestionAction = withTextRule(async function archiveQuestionAction(
  _previous: ArchiveState,
  form: FormData,
): Promise<ArchiveState> {
  const action = await questionAction(form);
  if ("error" in action) return action;
  const { ctx, id } = action;
  try {
    await archiveQuestion({ ctx, input: { id } });
  } catch (error) {
    return { error: refusal(error).error };
  }
  revalidatePath("/admin/questions");
  redirect(`/admin/questions?archived=${id}`);
});
