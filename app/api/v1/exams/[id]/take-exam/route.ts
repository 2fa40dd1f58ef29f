// GET /api/v1/exams/{id}/take-exam/ — start (or resume) the caller's timed attempt: the exam's
// questions without answers, plus the attempt's deadline, server time and saved answers.
import { examIdParams, takeExamResponse } from "@/lib/attempts/schemas";
import { takeExam } from "@/lib/attempts/take-exam";
import { defineRoute } from "@/lib/http/define-route";

export const GET = defineRoute(
  {
    summary: "Take an exam (start or resume the attempt)",
    tags: ["Exams"],
    permission: "exams:take",
    rateLimit: "exam",
    params: examIdParams,
    response: takeExamResponse,
    errors: [400, 403, 404, 409],
  },
  async ({ ctx, params }) => takeExam({ ctx, input: { examId: params.id } }),
);

export * from "@/lib/http/unserved-methods";
