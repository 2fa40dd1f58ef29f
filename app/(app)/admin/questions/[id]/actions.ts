"use server";
// Server actions of a question's page: save changes (PUT /questions/{id}/) and archive it
// (DELETE /questions/{id}/, then back to the list with a notice).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  checkQuestion,
  draftFromForm,
  parseQuestionId,
  type QuestionFormState,
} from "@/components/questions/question-form-logic";
import { archiveQuestion, updateQuestion } from "@/lib/questions/questions";
import { questionBankContext, refusal } from "../action-context";

const gone = { error: "This question no longer exists; it may have been archived." };

export async function updateQuestionAction(
  _previous: QuestionFormState,
  form: FormData,
): Promise<QuestionFormState> {
  const context = await questionBankContext();
  if ("error" in context) return context;
  const id = parseQuestionId(String(form.get("id") ?? ""));
  if (id === null) return gone;
  const checked = checkQuestion(draftFromForm(form));
  if (!checked.ok)
    return {
      error: "Some fields need attention; see the messages under them.",
      errors: checked.errors,
    };
  try {
    await updateQuestion({ ctx: context.ctx, input: { id, fields: checked.fields } });
  } catch (error) {
    return refusal(error);
  }
  revalidatePath("/admin/questions");
  revalidatePath(`/admin/questions/${id}`);
  return { done: "Saved." };
}

export type ArchiveState = { error?: string };

export async function archiveQuestionAction(
  _previous: ArchiveState,
  form: FormData,
): Promise<ArchiveState> {
  const context = await questionBankContext();
  if ("error" in context) return context;
  const id = parseQuestionId(String(form.get("id") ?? ""));
  if (id === null) return gone;
  try {
    await archiveQuestion({ ctx: context.ctx, input: { id } });
  } catch (error) {
    return { error: refusal(error).error };
  }
  revalidatePath("/admin/questions");
  redirect(`/admin/questions?archived=${id}`);
}
