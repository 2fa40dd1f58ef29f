"use server";
// Server action of the exam builder (/admin/exams/new and /admin/exams/[id]/edit): the same
// validation and rules as POST /exams/ and PUT /exams/{id}/, then the exam's page.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  examFormToInput,
  issuesToFieldErrors,
  refusalState,
  type ExamFormState,
} from "@/components/exam-admin/exam-form";
import { createExam } from "@/lib/exams/create-exam";
import { updateExam } from "@/lib/exams/update-exam";
import { examBody } from "@/lib/exams/schemas";
import { parsePathId } from "@/lib/http/path-id";
import { asRefusal, staffActionContext } from "@/app/(app)/admin/action-context";
import { withTextRule } from "@/lib/http/with-text-rule";

export const saveExamAction = withTextRule(async function saveExamAction(
  _previous: ExamFormState,
  form: FormData,
): Promise<ExamFormState> {
  const context = await staffActionContext("exams:manage");
  if ("error" in context) return context;
  const { ctx } = context;
  const rawId = form.get("exam_id");
  const existingId = rawId ? parsePathId(String(rawId)) : undefined;
  if (existingId === null) return refusalState({ status: 404, code: "not_found", message: "" });
  // "Open now" is scheduled at the server's now, so it opens whatever the browser's clock says.
  const parsed = examBody.safeParse(examFormToInput(form, ctx.clock.now()));
  if (!parsed.success) {
    return {
      code: "invalid",
      error: "Some fields need attention.",
      errors: issuesToFieldErrors(parsed.error.issues),
    };
  }
  let savedId: number;
  try {
    if (existingId !== undefined) {
      // Every field is sent; unchanged ones (the schedule of an exam that has opened) stay as
      // they were, so only real changes can meet exam_in_progress.
      await updateExam({ ctx, input: { id: existingId, changes: parsed.data } });
      savedId = existingId;
    } else {
      savedId = (await createExam({ ctx, input: parsed.data })).id;
    }
  } catch (error) {
    return refusalState(asRefusal(error));
  }
  revalidatePath("/admin/exams");
  revalidatePath(`/admin/exams/${savedId}`);
  redirect(`/admin/exams/${savedId}?saved=${existingId !== undefined ? "updated" : "created"}`);
});
