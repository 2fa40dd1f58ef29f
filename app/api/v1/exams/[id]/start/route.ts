// POST /api/v1/exams/{id}/start/ — idempotently start the caller's timed attempt.
import { examIdParams, startResponse } from "@/lib/attempts/schemas";
import { startExam } from "@/lib/attempts/start-exam";
import { defineRoute } from "@/lib/http/define-route";

export const POST = defineRoute(
  {
    summary: "Start (or resume) an exam attempt",
    tags: ["Exams"],
    permission: "exams:take",
    rateLimit: "exam",
    params: examIdParams,
    response: startResponse,
    errors: [400, 403, 404, 409],
  },
  async ({ ctx, params }) => startExam({ ctx, input: { examId: params.id } }),
);

export * from "@/lib/http/unserved-methods";
