"use server";
// Server actions of the staff exam page: duplicate (→ the copy), delete (soft; → the list with a
// notice), and manual score entry (the API's message shown). Same rules as the API routes.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { contextForWebSession } from "@/lib/auth/context-for-session";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { ApiError } from "@/lib/errors";
import { deleteExam, duplicateExam } from "@/lib/exams/manage";
import { submitExamScore } from "@/lib/exams/results";
import { examIdParams, submitScoreBody } from "@/lib/exams/schemas";

export type ExamActionState = { error?: string };
export type ScoreEntryState = { done?: string; error?: string; errors?: Record<string, string[]> };

async function sessionContext(): Promise<Context | null> {
  const session = await auth();
  return contextForWebSession({ userId: session?.user?.id, sessionId: session?.sessionId });
}

const examIdOf = (form: FormData) => {
  const parsed = examIdParams.safeParse({ id: form.get("exam_id") });
  return parsed.success ? parsed.data.id : null;
};

const refusal = (error: unknown) => {
  if (error instanceof ApiError && error.status < 500) {
    if (error.code === "exam_in_progress") {
      return "This exam is open right now, so it cannot be deleted: candidates may be taking it. Untick Active on the edit page to cancel it instead, or delete it after it closes.";
    }
    return error.message;
  }
  throw error;
};

export async function duplicateExamAction(
  _previous: ExamActionState,
  form: FormData,
): Promise<ExamActionState> {
  const ctx = await sessionContext();
  if (!ctx) return { error: "Your session has ended. Sign in again." };
  const id = examIdOf(form);
  if (id === null) return { error: "Exam not found." };
  let copyId: number;
  try {
    requirePermission(ctx, "exams:manage");
    copyId = (await duplicateExam({ ctx, input: { id } })).id;
  } catch (error) {
    return { error: refusal(error) };
  }
  revalidatePath("/admin/exams");
  redirect(`/admin/exams/${copyId}?saved=duplicated`);
}

export async function deleteExamAction(
  _previous: ExamActionState,
  form: FormData,
): Promise<ExamActionState> {
  const ctx = await sessionContext();
  if (!ctx) return { error: "Your session has ended. Sign in again." };
  const id = examIdOf(form);
  if (id === null) return { error: "Exam not found." };
  try {
    requirePermission(ctx, "exams:manage");
    await deleteExam({ ctx, input: { id } });
  } catch (error) {
    return { error: refusal(error) };
  }
  revalidatePath("/admin/exams");
  redirect("/admin/exams?notice=deleted");
}

export async function submitScoreAction(
  _previous: ScoreEntryState,
  form: FormData,
): Promise<ScoreEntryState> {
  const ctx = await sessionContext();
  if (!ctx) return { error: "Your session has ended. Sign in again." };
  const id = examIdOf(form);
  if (id === null) return { error: "Exam not found." };
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
    requirePermission(ctx, "scores:submit");
    const result = await submitExamScore({ ctx, input: { id, ...parsed.data } });
    revalidatePath(`/admin/exams/${id}`);
    return {
      done: `${result.message} ${result.data.candidate}: ${result.data.score} on “${result.data.exam}”.`,
    };
  } catch (error) {
    if (error instanceof ApiError && error.status === 404 && error.message === "User not found.") {
      return { error: "That candidate no longer exists." };
    }
    return { error: refusal(error) };
  }
}
