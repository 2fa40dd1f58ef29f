"use server";
// Begin: the candidate's attempt starts now (startExam; idempotent, so a second press or a second
// tab finds the same attempt), and the take page then shows the questions and the running clock.
import { redirect } from "next/navigation";
import { startExam } from "@/lib/attempts/start-exam";
import { ApiError } from "@/lib/errors";
import { withTextRule } from "@/lib/http/with-text-rule";
import { browserSessionContext } from "@/app/(app)/page-context";
import { refusalText } from "./refusals";

export type BeginState = { error?: string };

export const beginExamAction = withTextRule(
  async function beginExamAction(_previous: BeginState, form: FormData): Promise<BeginState> {
    const { ctx } = await browserSessionContext();
    if (!ctx) return { error: "Your session has ended. Sign in again." };
    const id = form.get("exam_id");
    if (typeof id !== "string" || !/^\d{1,9}$/.test(id))
      return { error: "This exam does not exist." };
    const examId = Number(id);
    try {
      await startExam({ ctx, input: { examId } });
    } catch (error) {
      if (!(error instanceof ApiError) || error.status >= 500) throw error;
      // Submitted meanwhile (another tab): the take page says so and links to the result.
      if (error.code !== "exam_already_submitted") return { error: refusalText(error) };
    }
    redirect(`/exams/${examId}/take`);
  },
  (refusal): BeginState => ({ error: refusal.error }),
);
