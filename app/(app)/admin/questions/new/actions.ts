"use server";
// Server action of the new-question page: the same checks as POST /questions/, then to the
// question's own page with a "Saved" note.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  checkQuestion,
  draftFromForm,
  type QuestionFormState,
} from "@/components/questions/question-form-logic";
import { createQuestion } from "@/lib/questions/questions";
import { questionBankContext, refusal } from "../action-context";

export async function createQuestionAction(
  _previous: QuestionFormState,
  form: FormData,
): Promise<QuestionFormState> {
  const context = await questionBankContext();
  if ("error" in context) return context;
  const checked = checkQuestion(draftFromForm(form));
  if (!checked.ok)
    return {
      error: "Some fields need attention; see the messages under them.",
      errors: checked.errors,
    };
  let id: number;
  try {
    ({ id } = await createQuestion({ ctx: context.ctx, input: checked.fields }));
  } catch (error) {
    return refusal(error);
  }
  revalidatePath("/admin/questions");
  redirect(`/admin/questions/${id}?saved=1`);
}
