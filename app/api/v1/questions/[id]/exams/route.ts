// POST /api/v1/questions/{id}/exams/ — add the question to exams and remove it from others.
import { defineRoute } from "@/lib/http/define-route";
import { updateQuestionExams } from "@/lib/questions/update-question-exams";
import { questionExamsBody, questionExamsResult, questionIdParams } from "@/lib/questions/schemas";

export const POST = defineRoute(
  {
    summary: "Add a question to exams / remove it from exams",
    description:
      'Exams that have started (ongoing or concluded) are never changed: reason "Exam has started".',
    tags: ["Questions"],
    permission: "questions:link-exams",
    params: questionIdParams,
    body: questionExamsBody,
    response: questionExamsResult,
    errors: [404],
  },
  async ({ ctx, params, body }) =>
    updateQuestionExams({
      ctx,
      input: { id: params.id, add: body.add_to_exams, remove: body.remove_from_exams },
    }),
);

export * from "@/lib/http/unserved-methods";
