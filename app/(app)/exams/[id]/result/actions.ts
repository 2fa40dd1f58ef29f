"use server";
// Server action of the result page: the candidate's result again, for the query that realtime
// invalidates when the score is recorded. Same domain call as the page's first render.
import { getExamResult, type ExamResult } from "@/lib/results/get-exam-result";
import { Invalid, NotAuthenticated } from "@/lib/errors";
import { withTextRule } from "@/lib/http/with-text-rule";
import { browserSessionContext } from "../../../page-context";

export const readExamResultAction = withTextRule(
  async function readExamResultAction(examId: number): Promise<ExamResult> {
    // A server action is a public endpoint: check the argument as a route would.
    if (!Number.isSafeInteger(examId) || examId < 1) throw new Invalid("Not an exam id.");
    const { ctx } = await browserSessionContext();
    if (!ctx?.actor.user) throw new NotAuthenticated("Your session has ended. Sign in again.");
    return getExamResult({ ctx, input: { examId } });
  },
  (refusal) => {
    throw new Invalid(refusal.error);
  },
);
