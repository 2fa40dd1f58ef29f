"use server";
// Server action of the exam builder (/admin/exams/new and /admin/exams/[id]/edit): the same
// validation and rules as POST /exams/ and PUT /exams/{id}/, then the exam's page.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import {
  examFormToInput,
  issuesToFieldErrors,
  refusalState,
  type ExamFormState,
} from "@/components/exam-admin/exam-form";
import { contextForWebSession } from "@/lib/auth/context-for-session";
import { requirePermission } from "@/lib/auth/require-permission";
import { ApiError } from "@/lib/errors";
import { createExam, updateExam } from "@/lib/exams/manage";
import { examBody, examIdParams } from "@/lib/exams/schemas";

export async function saveExamAction(
  _previous: ExamFormState,
  form: FormData,
): Promise<ExamFormState> {
  const session = await auth();
  const ctx = await contextForWebSession({
    userId: session?.user?.id,
    sessionId: session?.sessionId,
  });
  if (!ctx) return { error: "Your session has ended. Sign in again." };
  const rawId = form.get("exam_id");
  const existing = rawId ? examIdParams.safeParse({ id: rawId }) : null;
  if (existing && !existing.success)
    return refusalState({ status: 404, code: "not_found", message: "" });
  let savedId: number;
  try {
    requirePermission(ctx, "exams:manage");
    const parsed = examBody.safeParse(examFormToInput(form));
    if (!parsed.success) {
      return {
        code: "invalid",
        error: "Some fields need attention.",
        errors: issuesToFieldErrors(parsed.error.issues),
      };
    }
    if (existing) {
      // Every field is sent; unchanged ones (the schedule of an exam that has opened) stay as
      // they were, so only real changes can meet exam_in_progress.
      await updateExam({ ctx, input: { id: existing.data.id, changes: parsed.data } });
      savedId = existing.data.id;
    } else {
      savedId = (await createExam({ ctx, input: parsed.data })).id;
    }
  } catch (error) {
    if (error instanceof ApiError && error.status < 500) return refusalState(error);
    throw error;
  }
  revalidatePath("/admin/exams");
  revalidatePath(`/admin/exams/${savedId}`);
  redirect(`/admin/exams/${savedId}?saved=${existing ? "updated" : "created"}`);
}
