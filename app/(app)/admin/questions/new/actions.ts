"use server";
// Server action of the new-question page: the same checks as POST /questions/, then to the
// question's own page with a "Saved" note.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  checkQuestion,
  draftFromForm,
  fieldsNeedAttention,
  type QuestionFormState,
} from "@/components/questions/question-form-logic";
import { createQuestion } from "@/lib/questions/create-question";
import { refusal, staffActionContext } from "@/app/(app)/admin/action-context";
import { questionBankActionRefused } from "../access";
import { withTextRule } from "@/lib/http/with-text-rule";

export const createQuestionAction = withTextRule(async function createQuestionAction(
  _previous: QuestionFormState,
  form: FormData,
): Promise<QuestionFormState> {
  const context = await staffActionContext("questions:manage", questionBankActionRefused);
  if ("error" in context) return context;
  const checked = checkQuestion(draftFromForm(form));
  if (!checked.ok) return { error: fieldsNeedAttention, errors: checked.errors };
  let id: number;
  try {
    ({ id } = await createQuestion({ ctx: context.ctx, input: checked.fields }));
  } catch (error) {
    return refusal(error);
  }
  revalidatePath("/admin/questions");
  redirect(`/admin/questions/${id}?saved=1`);
});
