// PUT /api/v1/exams/{id}/submit-exam-score/ — enter or correct a candidate's score (admin+).
import { defineRoute } from "@/lib/http/define-route";
import { recordManualScore } from "@/lib/scoring/record-manual-score";
import { examIdParams, submitScoreBody, submitScoreResponse } from "@/lib/exams/schemas";

export const PUT = defineRoute(
  {
    summary: "Submit a candidate's exam score",
    tags: ["Exams"],
    permission: "scores:submit",
    params: examIdParams,
    body: submitScoreBody,
    response: submitScoreResponse,
    errors: [400, 404],
  },
  async ({ ctx, params, body }) => recordManualScore({ ctx, input: { id: params.id, ...body } }),
);

export * from "@/lib/http/unserved-methods";
