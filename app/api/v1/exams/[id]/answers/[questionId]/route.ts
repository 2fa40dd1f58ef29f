// PUT /api/v1/exams/{id}/answers/{questionId}/ — autosave one answer; a lower seq never overwrites.
import { saveAnswer } from "@/lib/attempts/save-answer";
import { autosaveBody, autosaveResponse, examQuestionParams } from "@/lib/attempts/schemas";
import { defineRoute } from "@/lib/http/define-route";

export const PUT = defineRoute(
  {
    summary: "Autosave an answer",
    tags: ["Exams"],
    permission: "exams:take",
    rateLimit: "exam",
    params: examQuestionParams,
    body: autosaveBody,
    response: autosaveResponse,
    errors: [400, 403, 404],
  },
  async ({ ctx, params, body }) =>
    saveAnswer({
      ctx,
      input: {
        examId: params.id,
        questionId: params.questionId,
        selectedOption: body.selected_option,
        seq: body.seq,
      },
    }),
);

export * from "@/lib/http/unserved-methods";
