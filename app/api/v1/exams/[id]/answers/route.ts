// POST /api/v1/exams/{id}/answers/ — autosave several answers at once (all or nothing).
import { saveAnswers } from "@/lib/attempts/save-answers";
import { autosaveBatchBody, autosaveBatchResponse, examIdParams } from "@/lib/attempts/schemas";
import { defineRoute } from "@/lib/http/define-route";

export const POST = defineRoute(
  {
    summary: "Autosave answers (batch)",
    tags: ["Exams"],
    permission: "exams:take",
    rateLimit: "exam",
    params: examIdParams,
    body: autosaveBatchBody,
    response: autosaveBatchResponse,
    errors: [400, 403, 404],
  },
  async ({ ctx, params, body }) =>
    saveAnswers({ ctx, input: { examId: params.id, answers: body.answers } }),
);

export * from "@/lib/http/unserved-methods";
