"use server";
// Server actions of the staff exam page: duplicate (→ the copy), delete (soft; → the list with a
// notice), manual score entry (the API's message shown), and for an ongoing exam: extend its
// window, end it now, and how many candidates are still writing (for their confirmations). Same
// rules as the API routes.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { Permission } from "@/lib/auth/permissions";
import type { Context } from "@/lib/context";
import { ApiError } from "@/lib/errors";
import { concludeExam } from "@/lib/exams/conclude";
import { countCandidatesWriting } from "@/lib/exams/count-candidates-writing";
import { deleteExam } from "@/lib/exams/delete-exam";
import { duplicateExam } from "@/lib/exams/duplicate-exam";
import { updateExam } from "@/lib/exams/update-exam";
import { recordManualScore } from "@/lib/scoring/record-manual-score";
import { submitScoreBody } from "@/lib/exams/schemas";
import { asRefusal, staffActionOnId } from "@/app/(app)/admin/action-context";
import { withTextRule } from "@/lib/http/with-text-rule";

export type ExamActionState = { error?: string };
export type ScoreEntryState = { done?: string; error?: string; errors?: Record<string, string[]> };
export type ExamWindowState = { done?: string; error?: string; writing?: number };

const examAction = (form: FormData, permission: Permission) =>
  staffActionOnId(form, { idField: "exam_id", unknownId: "Exam not found.", permission });

const refusal = (error: unknown) => {
  const refused = asRefusal(error);
  return refused.code === "exam_in_progress"
    ? "This exam is open right now, so it cannot be deleted: candidates may be taking it. Untick Active on the edit page to cancel it instead, or delete it after it closes."
    : refused.message;
};

/** Run `operation` on the form's exam, then go where it says; a refusal is shown instead. */
async function manageExam(
  form: FormData,
  operation: (ctx: Context, id: number) => Promise<string>,
): Promise<ExamActionState> {
  const action = await examAction(form, "exams:manage");
  if ("error" in action) return action;
  let destination: string;
  try {
    destination = await operation(action.ctx, action.id);
  } catch (error) {
    return { error: refusal(error) };
  }
  revalidatePath("/admin/exams");
  redirect(destination);
}

export const duplicateExamAction = withTextRule(async function duplicateExamAction(
  _previous: ExamActionState,
  form: FormData,
): Promise<ExamActionState> {
  return manageExam(form, async (ctx, id) => {
    const copy = await duplicateExam({ ctx, input: { id } });
    return `/admin/exams/${copy.id}?saved=duplicated`;
  });
});

export const deleteExamAction = withTextRule(async function deleteExamAction(
  _previous: ExamActionState,
  form: FormData,
): Promise<ExamActionState> {
  return manageExam(form, async (ctx, id) => {
    await deleteExam({ ctx, input: { id } });
    return "/admin/exams?notice=deleted";
  });
});

export const submitScoreAction = withTextRule(async function submitScoreAction(
  _previous: ScoreEntryState,
  form: FormData,
): Promise<ScoreEntryState> {
  const action = await examAction(form, "scores:submit");
  if ("error" in action) return action;
  const rawScore = String(form.get("score") ?? "").trim();
  const parsed = submitScoreBody.safeParse({
    candidate_id: String(form.get("candidate_id") ?? ""),
    score: rawScore === "" ? undefined : Number(rawScore),
  });
  if (!parsed.success) {
    const errors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "score");
      (errors[key] ??= []).push(
        key === "candidate_id"
          ? "Choose a candidate."
          : issue.message.replace(/^score/, "The score"),
      );
    }
    return { error: "The score was not saved.", errors };
  }
  try {
    const { ctx, id } = action;
    const result = await recordManualScore({ ctx, input: { id, ...parsed.data } });
    revalidatePath(`/admin/exams/${id}`, "layout");
    return {
      done: `${result.message} ${result.data.candidate}: ${result.data.score} on “${result.data.exam}”.`,
    };
  } catch (error) {
    if (error instanceof ApiError && error.status === 404 && error.message === "User not found.") {
      return { error: "That candidate no longer exists." };
    }
    return { error: refusal(error) };
  }
});

const candidates = (n: number) => `${n} ${n === 1 ? "candidate" : "candidates"}`;

/** How many candidates are still writing the form's exam (asked when a confirmation opens). */
export const candidatesWritingAction = withTextRule(async function candidatesWritingAction(
  form: FormData,
): Promise<ExamWindowState> {
  const action = await examAction(form, "exams:manage");
  if ("error" in action) return action;
  return { writing: await countCandidatesWriting({ ctx: action.ctx, input: { id: action.id } }) };
});

/** Extend the window: `open_duration_hours` is the new total (a shorter one is refused). */
export const extendExamWindowAction = withTextRule(async function extendExamWindowAction(
  form: FormData,
): Promise<ExamWindowState> {
  const action = await examAction(form, "exams:manage");
  if ("error" in action) return action;
  const hours = Number(String(form.get("open_duration_hours") ?? ""));
  if (!Number.isInteger(hours) || hours < 1 || hours > 720) {
    return { error: "The window can be open for a whole number of hours, at most 720." };
  }
  try {
    await updateExam({
      ctx: action.ctx,
      input: { id: action.id, changes: { open_duration_hours: hours } },
    });
  } catch (error) {
    return { error: asRefusal(error).message };
  }
  revalidatePath("/admin/exams");
  revalidatePath(`/admin/exams/${action.id}`, "layout");
  return { done: `The window was extended: the exam is now open for ${hours} hours in all.` };
});

/** End the exam now: attempts in progress are submitted with their saved answers and scored. */
export const concludeExamAction = withTextRule(async function concludeExamAction(
  form: FormData,
): Promise<ExamWindowState> {
  const action = await examAction(form, "exams:manage");
  if ("error" in action) return action;
  let submitted: number;
  try {
    ({ submitted } = await concludeExam({ ctx: action.ctx, input: { id: action.id } }));
  } catch (error) {
    return { error: asRefusal(error).message };
  }
  revalidatePath("/admin/exams");
  revalidatePath(`/admin/exams/${action.id}`, "layout");
  return {
    done:
      submitted === 0
        ? "The exam has ended. No one was writing it."
        : `The exam has ended. The saved answers of ${candidates(submitted)} were submitted and are being scored.`,
  };
});
