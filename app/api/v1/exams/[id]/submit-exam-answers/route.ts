// POST /api/v1/exams/{id}/submit-exam-answers/ — merge the answers over the saved ones and close
// the attempt; scoring follows in the background.
import { submitAttempt } from "@/lib/attempts/submit-attempt";
import { examIdParams, submitAnswersBody, submitResponse } from "@/lib/attempts/schemas";
import { defineRoute } from "@/lib/http/define-route";

export const POST = defineRoute(
  {
    summary: "Submit exam answers",
    tags: ["Exams"],
    permission: "exams:take",
    rateLimit: "exam",
    params: examIdParams,
    body: submitAnswersBody,
    response: submitResponse,
    status: 201,
    errors: [400, 403, 404],
  },
  async ({ ctx, params, body }) =>
    submitAttempt({ ctx, input: { examId: params.id, answers: body.answers } }),
);

export * from "@/lib/http/unserved-methods";
