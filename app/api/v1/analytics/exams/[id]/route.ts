// GET /api/v1/analytics/exams/{id}/ — item analysis of an exam (admin+, or an API key with
// results:read): score distribution, completion, time used, KR-20, and per question facility,
// discrimination, option counts and flags.
import { examAnalysis } from "@/lib/analytics/schemas";
import { getExamAnalysis } from "@/lib/analytics/get-exam-analysis";
import { examIdParams } from "@/lib/exams/schemas";
import { defineRoute } from "@/lib/http/define-route";

export const GET = defineRoute(
  {
    summary: "Analyse an exam and its questions",
    tags: ["Analytics"],
    permission: "analytics:view",
    scopes: ["results:read"],
    params: examIdParams,
    response: examAnalysis,
    errors: [404],
  },
  async ({ ctx, params }) => getExamAnalysis({ ctx, input: params }),
);

export * from "@/lib/http/unserved-methods";
