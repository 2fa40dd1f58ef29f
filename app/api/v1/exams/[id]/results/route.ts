// GET /api/v1/exams/{id}/results/ — every recorded score on the exam, best first (admin+).
import { defineRoute } from "@/lib/http/define-route";
import { listExamResults } from "@/lib/results/list-exam-results";
import { examIdParams, examResultsList } from "@/lib/exams/schemas";

export const GET = defineRoute(
  {
    summary: "List an exam's results",
    tags: ["Exams"],
    permission: "exams:manage",
    params: examIdParams,
    response: examResultsList,
    errors: [404],
  },
  async ({ ctx, params }) => listExamResults({ ctx, input: params }),
);

export * from "@/lib/http/unserved-methods";
