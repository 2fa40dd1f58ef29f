import { systemContext } from "@/lib/context";
import { rescoreQuestion } from "@/lib/scoring/rescore-question";
import { defineFunction } from "@/inngest/define-function";

/** A question's correct answer changed: rescore every submitted attempt of its exams. */
export const rescoreCorrectedQuestionFunction = defineFunction(
  { id: "rescore-corrected-question", trigger: { event: "question/answer.corrected" }, retries: 5 },
  async ({ event, step }) =>
    step.run("rescore", () =>
      rescoreQuestion({ ctx: systemContext(), input: { questionId: event.data.questionId } }),
    ),
);
